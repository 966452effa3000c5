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

    @ConfigProperty(name = "outbox.relay.send-timeout", defaultValue = "PT20S")
    Duration sendTimeout;

    @Scheduled(every = "${outbox.relay.interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            for (int i = 0; i < batchSize && relayNext(); i++) {
                // one event per transaction: a slow broker never holds a long transaction, and every ack is kept
            }
        } catch (RuntimeException e) {
            Log.warnf("outbox relay pass failed, will retry: %s", e.toString());
        }
    }

    /**
     * Publishes the oldest pending event and marks it published, in one short transaction holding the relay lock.
     * Returns false when there is nothing to send, another relay holds the lock, or the send failed (the attempt is
     * recorded and the event retried on the next tick; later events wait behind it so that no key is reordered).
     */
    @Transactional
    public boolean relayNext() {
        if (!outbox.tryLockRelay()) {
            return false;
        }
        List<OutboxEvent> next = outbox.pending(1);
        if (next.isEmpty()) {
            return false;
        }
        OutboxEvent event = next.get(0);
        event.attempts++;
        try {
            send(event);
        } catch (RuntimeException e) {
            event.lastError = truncate(e.toString(), 2000);
            Log.warnf("event %s (%s) not acknowledged by Kafka (attempt %d): %s",
                    event.id, event.aggregateKey, event.attempts, e.getMessage());
            return false;
        }
        event.publishedAt = Instant.now();
        event.lastError = null;
        return true;
    }

    private void send(OutboxEvent event) {
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
        emitter.sendMessage(message).await().atMost(sendTimeout);
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
