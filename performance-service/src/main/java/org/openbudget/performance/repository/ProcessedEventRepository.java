package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.ProcessedEvent;

import java.util.UUID;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, UUID> {

    /**
     * Records the event as processed unless it already is; false means a redelivery. Concurrent deliveries of one
     * event serialise on the primary key, so exactly one of them has an effect.
     */
    public boolean claim(UUID eventId, String eventType, String departmentCode, int fiscalYear, long revision,
                         ProcessedEvent.Outcome outcome) {
        int inserted = getEntityManager().createNativeQuery("INSERT INTO processed_event (event_id, event_type, "
                        + "department_code, fiscal_year, revision, outcome, processed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, now()) "
                        + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, eventType)
                .setParameter(3, departmentCode)
                .setParameter(4, fiscalYear)
                .setParameter(5, revision)
                .setParameter(6, outcome.name())
                .executeUpdate();
        return inserted == 1;
    }

    public void setOutcome(UUID eventId, ProcessedEvent.Outcome outcome) {
        update("outcome = ?1 where eventId = ?2", outcome, eventId);
    }
}
