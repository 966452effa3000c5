package org.openbudget.performance.events;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.openbudget.performance.domain.OutboxEvent;
import org.openbudget.performance.repository.OutboxRepository;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Publishes committed outbox rows to Kafka in commit order, keyed by aggregate, and marks a row published only after
 * the broker acknowledged it. A failed send stops the pass (later rows must not overtake it) and is retried on the
 * next tick, so a broker outage delays events but loses none. Events are small by construction (an event carries at
 * most 200 changes), so no single event can fail forever for its size.
 * <p>
 * Rows go in batches: one transaction sends up to {@code outbox.relay.batch-size} rows without waiting between
 * them — the idempotent producer keeps their order per partition — then awaits every acknowledgement and marks the
 * acknowledged prefix. One round trip per row capped the relay at ~120 events a second, below what eight editors
 * commit (docs/benchmarks.md). A row after a failed one may have reached the broker too; it is sent again with the
 * failed one, and consumers drop the duplicate by its event id.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    OutboxRepository outbox;

    @Inject
    @Channel("goal-events")
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "200")
    int batchSize;

    /** Batches per tick at most, so that one tick under sustained load still ends and the scheduler stays fair. */
    @ConfigProperty(name = "outbox.relay.batches-per-tick", defaultValue = "25")
    int batchesPerTick;

    @ConfigProperty(name = "outbox.relay.send-timeout", defaultValue = "PT20S")
    Duration sendTimeout;

    /** After a failed send, one event per pass probes the broker instead of a batch piling up in the producer. */
    private volatile boolean probing;

    @Scheduled(every = "${outbox.relay.interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            for (int i = 0; i < batchesPerTick && relayBatch() == batchSize; i++) {
                // a full batch went out: more may be waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("outbox relay pass failed, will retry: %s", e.toString());
        }
    }

    /**
     * Publishes the oldest pending events and marks the acknowledged ones published, in one transaction holding the
     * relay lock. Returns how many were published: fewer than the batch size when no more are waiting, another relay
     * holds the lock (0), or a send failed (its attempt is recorded and it is retried on the next tick; the events
     * after it wait with it so that no key is reordered).
     */
    @Transactional
    public int relayBatch() {
        if (!outbox.tryLockRelay()) {
            return 0;
        }
        List<OutboxEvent> next = outbox.pending(probing ? 1 : batchSize);
        List<java.util.concurrent.CompletableFuture<Void>> acks = new java.util.ArrayList<>(next.size());
        for (OutboxEvent event : next) {
            event.attempts++;
            acks.add(send(event));
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int published = 0;
        for (OutboxEvent event : next) {
            try {
                acks.get(published).get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                Throwable cause = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
                event.lastError = truncate(cause.toString(), 2000);
                Log.warnf("event %s (%s) not acknowledged by Kafka (attempt %d): %s",
                        event.id, event.aggregateKey, event.attempts, cause.getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            event.publishedAt = Instant.now();
            event.lastError = null;
            published++;
        }
        probing = published < next.size();
        return published;
    }

    /** Hands the event to the producer at once (in this order) and returns its acknowledgement. */
    private java.util.concurrent.CompletableFuture<Void> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("eventId", event.id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("eventType", event.eventType.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateKey)
                .withHeaders(headers)
                .build());
        if (event.traceparent != null) {
            // the producer span, and the traceparent header it writes, continue the trace of the change
            message = message.addMetadata(io.smallrye.reactive.messaging.TracingMetadata.withCurrent(traceOf(event)));
        }
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }

    private static io.opentelemetry.context.Context traceOf(OutboxEvent event) {
        return io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator.getInstance().extract(
                io.opentelemetry.context.Context.root(), event.traceparent,
                new io.opentelemetry.context.propagation.TextMapGetter<String>() {
                    @Override
                    public Iterable<String> keys(String carrier) {
                        return java.util.List.of("traceparent");
                    }

                    @Override
                    public String get(String carrier, String key) {
                        return "traceparent".equals(key) ? carrier : null;
                    }
                });
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
