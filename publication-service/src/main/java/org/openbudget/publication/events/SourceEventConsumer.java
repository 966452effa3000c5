package org.openbudget.publication.events;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openbudget.publication.domain.Source;
import org.openbudget.publication.service.ChangeFeedService;

/**
 * Consumes the budget and performance change events. Records are processed in order per partition (so per
 * department-year). A poison record fails at once and goes to the dead-letter topic (failure-strategy in
 * application.properties); any other failure, such as the database being briefly away, is retried with backoff
 * first, holding the partition so that nothing overtakes it.
 */
@ApplicationScoped
public class SourceEventConsumer {

    @Inject
    SourceEventParser parser;

    @Inject
    ChangeFeedService feed;

    @ConfigProperty(name = "consumer.transient-retries", defaultValue = "6")
    int transientRetries;

    @Incoming("ledger-events")
    @Blocking
    public void onLedgerEvent(ConsumerRecord<String, String> record) throws InterruptedException {
        handle(record, Source.BUDGET);
    }

    @Incoming("goal-events")
    @Blocking
    public void onGoalEvent(ConsumerRecord<String, String> record) throws InterruptedException {
        handle(record, Source.PERFORMANCE);
    }

    void handle(ConsumerRecord<String, String> record, Source source) throws InterruptedException {
        SourceEvent event = parser.parse(record.value(), source);
        long backoffMillis = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                ChangeFeedService.Result result = feed.apply(event);
                Log.infof("%s %s %s:%d revision %d: %s", event.eventType(), event.eventId(), event.departmentCode(),
                        event.fiscalYear(), event.revision(), result);
                return;
            } catch (RuntimeException e) {
                if (attempt > transientRetries) {
                    throw e;
                }
                Log.warnf("applying %s failed (attempt %d), retrying in %d ms: %s", event.eventId(), attempt,
                        backoffMillis, e.toString());
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }
}
