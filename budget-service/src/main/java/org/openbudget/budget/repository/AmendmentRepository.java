package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.Amendment;

import java.util.List;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepository<Amendment> {

    public List<Amendment> listByLedger(long ledgerId) {
        return list("ledgerId = ?1 order by revision, id", ledgerId);
    }
}
