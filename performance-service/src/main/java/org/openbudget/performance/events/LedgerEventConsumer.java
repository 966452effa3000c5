package org.openbudget.performance.events;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openbudget.performance.service.BudgetCopyService;

/**
 * Consumes budget-service's {@code budget.ledger.changed} events into the local copy of its figures, in order per
 * partition (so per department-year). A transient failure (the database briefly away) is retried with backoff while
 * holding the partition. An unreadable event goes to the dead-letter topic {@code performance.dead-letter} with the
 * reason and the consumer goes on: revisions are consecutive, so the next event shows the gap and the copy refetches
 * the whole ledger from budget-service.
 */
@ApplicationScoped
public class LedgerEventConsumer {

    private final LedgerEventParser parser = new LedgerEventParser();

    @Inject
    BudgetCopyService copies;

    @Inject
    BudgetResync resync;

    @ConfigProperty(name = "consumer.transient-retries", defaultValue = "6")
    int transientRetries;

    @Incoming("ledger-events")
    @Blocking
    public void onLedgerEvent(ConsumerRecord<String, String> record) throws InterruptedException {
        LedgerEvent event;
        try {
            event = parser.parse(record.value());
        } catch (LedgerEventParser.UnreadableEvent e) {
            Log.errorf("dead-lettering unreadable record %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            throw new IllegalArgumentException("unreadable budget.ledger.changed event: " + e.getMessage(), e);
        }
        long backoffMillis = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                BudgetCopyService.Result result = copies.apply(event);
                Log.infof("budget.ledger.changed %s %s:%d revision %d: %s", event.eventId(), event.departmentCode(),
                        event.fiscalYear(), event.revision(), result);
                if (result == BudgetCopyService.Result.RESYNC_NEEDED) {
                    resync.resync(event.departmentCode(), event.fiscalYear());
                }
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
