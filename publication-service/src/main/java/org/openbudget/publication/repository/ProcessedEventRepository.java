package org.openbudget.publication.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.publication.domain.ProcessedEvent;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, UUID> {

    /**
     * Records the event as processed unless it already was. Returns false for a duplicate. The insert (not a prior
     * lookup) decides, so two deliveries racing each other still have one effect.
     */
    public boolean claim(UUID eventId, String eventType, String departmentCode, int fiscalYear, long revision,
                         ProcessedEvent.Outcome outcome, String traceId) {
        int inserted = getEntityManager().createNativeQuery("INSERT INTO processed_event "
                        + "(event_id, event_type, department_code, fiscal_year, revision, outcome, processed_at, trace_id) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, eventType)
                .setParameter(3, departmentCode)
                .setParameter(4, fiscalYear)
                .setParameter(5, revision)
                .setParameter(6, outcome.name())
                .setParameter(7, Instant.now())
                .setParameter(8, traceId)
                .executeUpdate();
        return inserted == 1;
    }
}
