package org.openbudget.publication.events;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openbudget.publication.domain.Source;
import org.openbudget.publication.service.ChangeFeedService;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes the budget and performance change events in batches (what one poll returns), in partition order, so per
 * department-year. A batch is applied in one transaction — one commit for hundreds of events, where one per event
 * capped the read model at ~120 events a second under load (docs/benchmarks.md). Offsets are committed after the
 * method returns, so a crash re-delivers the batch and the deduplication rows make that harmless.
 * <ul>
 * <li>a poison record (unparseable, unknown type or version) is dead-lettered at once with its reason, and the rest of
 * the batch is applied;</li>
 * <li>any other failure is retried with backoff, holding the partitions so that nothing overtakes; after
 * {@code consumer.transient-retries} the batch is applied event by event, and an event that still fails while the
 * database answers is dead-lettered — while the database does not answer, it is an outage and is waited out.</li>
 * </ul>
 */
@ApplicationScoped
public class SourceEventConsumer {

    @Inject
    SourceEventParser parser;

    @Inject
    ChangeFeedService feed;

    @Inject
    DeadLetters deadLetters;

    @ConfigProperty(name = "consumer.transient-retries", defaultValue = "6")
    int transientRetries;

    @Incoming("ledger-events")
    @Blocking
    public void onLedgerEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        handle(records, Source.BUDGET);
    }

    @Incoming("goal-events")
    @Blocking
    public void onGoalEvents(ConsumerRecords<String, String> records) throws InterruptedException {
        handle(records, Source.PERFORMANCE);
    }

    void handle(Iterable<ConsumerRecord<String, String>> records, Source source) throws InterruptedException {
        List<Received> received = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                received.add(new Received(record, parser.parse(record.value(), source).withTraceparent(traceparent(record))));
            } catch (RuntimeException e) {
                // poison, or a record the parser failed on unexpectedly: either way it can never be read, and an
                // exception reaching the connector would stop the channel
                deadLetters.send(record, e);
            }
        }
        if (received.isEmpty()) {
            return;
        }
        List<SourceEvent> events = received.stream().map(Received::event).toList();
        long backoffMillis = 200;
        for (int attempt = 1; attempt <= transientRetries + 1; attempt++) {
            try {
                List<ChangeFeedService.Result> results = feed.applyAll(events);
                for (int i = 0; i < events.size(); i++) {
                    log(events.get(i), results.get(i));
                }
                return;
            } catch (RuntimeException e) {
                Log.warnf("applying a batch of %d events failed (attempt %d), retrying in %d ms: %s", events.size(),
                        attempt, backoffMillis, e.toString());
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
        for (Received r : received) {
            applyAlone(r.record(), r.event());
        }
    }

    /** A record read, with the event parsed from it. */
    private record Received(ConsumerRecord<String, String> record, SourceEvent event) {
    }

    /** One event of a batch that failed as a whole: retried, waited for through an outage, or dead-lettered. */
    private void applyAlone(ConsumerRecord<String, String> record, SourceEvent event) throws InterruptedException {
        long backoffMillis = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                log(event, feed.apply(event));
                return;
            } catch (RuntimeException e) {
                if (attempt > transientRetries && databaseAnswers()) {
                    deadLetters.send(record, e);
                    return;
                }
                Log.warnf("applying %s failed (attempt %d), retrying in %d ms: %s", event.eventId(), attempt,
                        backoffMillis, e.toString());
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    private boolean databaseAnswers() {
        try {
            feed.ping();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void log(SourceEvent event, ChangeFeedService.Result result) {
        Log.infof("%s %s %s:%d revision %d: %s", event.eventType(), event.eventId(), event.departmentCode(),
                event.fiscalYear(), event.revision(), result);
    }

    private static String traceparent(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("traceparent");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
