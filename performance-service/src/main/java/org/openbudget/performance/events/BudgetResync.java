package org.openbudget.performance.events;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.performance.service.BudgetCopyService;

/**
 * Refetches whole ledgers from budget-service for the copies that need it: at once when an event asks for it, and
 * on a schedule for those whose refetch failed (budget-service away), so a copy never stays behind for good.
 */
@ApplicationScoped
public class BudgetResync {

    @Inject
    BudgetCopyService copies;

    @Inject
    BudgetServiceClient client;

    public void resync(String departmentCode, int fiscalYear) throws InterruptedException {
        BudgetCopyService.Pending pending = copies.pending(departmentCode, fiscalYear);
        if (pending != null) {
            fetch(pending);
        }
    }

    @Scheduled(every = "${budget-copy.resync-interval:30s}", delayed = "${budget-copy.resync-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retryPending() throws InterruptedException {
        for (BudgetCopyService.Pending p : copies.pending(20)) {
            fetch(p);
        }
    }

    private void fetch(BudgetCopyService.Pending p) throws InterruptedException {
        try {
            copies.replace(p.copyId(), client.ledger(p.departmentCode(), p.fiscalYear(), p.revision()));
        } catch (BudgetServiceClient.Unavailable | RuntimeException e) {
            Log.warnf("refetching %s:%d at revision %d failed, will retry: %s", p.departmentCode(), p.fiscalYear(),
                    p.revision(), e.toString());
            copies.resyncFailed(p.copyId(), e.toString());
        }
    }
}
