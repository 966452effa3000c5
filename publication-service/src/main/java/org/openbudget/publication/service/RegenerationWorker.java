package org.openbudget.publication.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
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

    @Scheduled(every = "${publication.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void run() {
        for (Long id : due()) {
            try {
                publications.regenerate(id);
            } catch (Exception e) {
                publications.failed(id, e);
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
