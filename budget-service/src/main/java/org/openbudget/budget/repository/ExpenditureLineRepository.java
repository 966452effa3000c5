package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.ExpenditureLine;
import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.FundingSource;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExpenditureLineRepository implements PanacheRepository<ExpenditureLine> {

    public List<ExpenditureLine> listByLedger(long ledgerId) {
        return list("ledgerId = ?1 order by functionCode, economicCode, id", ledgerId);
    }

    public Optional<ExpenditureLine> findAtGrain(long ledgerId, String functionCode, String economicCode,
                                                 FundingSource source, ExpenditureType type, String projectCode) {
        return find("ledgerId = ?1 and functionCode = ?2 and economicCode = ?3 and fundingSource = ?4 "
                        + "and expenditureType = ?5 and coalesce(projectCode, '') = ?6",
                ledgerId, functionCode, economicCode, source, type, projectCode == null ? "" : projectCode)
                .firstResultOptional();
    }
}
