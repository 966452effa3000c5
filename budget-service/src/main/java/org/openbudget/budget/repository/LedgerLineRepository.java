package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.LedgerLine;

import java.util.List;

@ApplicationScoped
public class LedgerLineRepository implements PanacheRepository<LedgerLine> {

    public List<LedgerLine> listByLedger(long ledgerId) {
        return list("ledgerId = ?1 order by flow, functionCode, economicCode, id", ledgerId);
    }
}
