package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.Amendment;

import java.util.List;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepository<Amendment> {

    /**
     * The amount each (line, measure) had at {@code revision}: the newest audit row up to it, as
     * {@code [lineId, measure, newAmount]} — a projection, so replaying a large ledger loads no entities.
     */
    public List<Object[]> amountsUpTo(long ledgerId, long revision) {
        return getEntityManager().createQuery("select a.lineId, a.measure, a.newAmount from Amendment a "
                        + "where a.ledgerId = ?1 and a.revision <= ?2 order by a.revision, a.id", Object[].class)
                .setParameter(1, ledgerId)
                .setParameter(2, revision)
                .getResultList();
    }

    public List<Amendment> listByLedger(long ledgerId) {
        return list("ledgerId = ?1 order by revision, id", ledgerId);
    }
}
