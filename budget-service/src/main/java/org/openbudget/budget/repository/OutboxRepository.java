package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.OutboxEvent;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** The oldest unpublished events, in the order they were committed. */
    public List<OutboxEvent> pending(int limit) {
        return find("publishedAt is null order by seq").page(0, limit).list();
    }

    /** How many events wait to be sent, and when the oldest of them was committed (null when none waits). */
    public Object[] backlog() {
        return (Object[]) getEntityManager()
                .createNativeQuery("SELECT count(*), min(created_at) FROM outbox_event WHERE published_at IS NULL")
                .getSingleResult();
    }

    /**
     * One relay at a time across all replicas: a transaction-scoped advisory lock, so that events of one key are
     * never sent by two relays out of order. Returns false when another relay holds it.
     */
    public boolean tryLockRelay() {
        Object locked = getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(7265001)")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
