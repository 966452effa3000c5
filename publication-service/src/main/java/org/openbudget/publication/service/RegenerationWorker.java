package org.openbudget.publication.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.util.List;

/**
 * Turns due department-years into new versions. A department-year is rendered once it has been quiet for the
 * coalescing window, so a burst of changes makes one regeneration (but waits no more than ten windows under a
 * steady stream); failures back off per department-year.
 */
@ApplicationScoped
public class RegenerationWorker {

    @Inject
    EntityManager em;

    @Inject
    PublicationService publications;

    @ConfigProperty(name = "publication.coalesce")
    Duration coalesce;

    /** Department-years render side by side, so one large ledger does not hold every other department back. */
    @ConfigProperty(name = "publication.regeneration-threads", defaultValue = "2")
    int threads;

    private ExecutorService pool;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "regeneration");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    // not while shutting down: the datasource is closing, and every poll then failed with an error in the log
    @Scheduled(every = "${publication.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (Long id : due()) {
            if (inFlight.add(id)) {
                pool.submit(() -> {
                    try {
                        publications.regenerate(id);
                    } catch (Exception e) {
                        publications.failed(id, e);
                    } finally {
                        inFlight.remove(id);
                        org.jboss.logging.MDC.remove("department");
                        org.jboss.logging.MDC.remove("year");
                    }
                });
            }
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Long> due() {
        Instant now = Instant.now();
        return em.createQuery("select d.id from DepartmentYear d where d.dueSince is not null "
                        + "and (d.updatedAt <= :quiet or d.dueSince <= :longest) "
                        + "and (d.nextAttemptAt is null or d.nextAttemptAt <= :now) order by d.dueSince")
                .setParameter("quiet", now.minus(coalesce)).setParameter("longest", now.minus(coalesce.multipliedBy(10))).setParameter("now", now).setMaxResults(20).getResultList();
    }
}
