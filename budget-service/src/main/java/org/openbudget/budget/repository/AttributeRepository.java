package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.AttributeKind;
import org.openbudget.budget.domain.LedgerAttribute;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttributeRepository implements PanacheRepository<LedgerAttribute> {

    public Optional<LedgerAttribute> find(long ledgerId, AttributeKind kind, String key) {
        return find("ledgerId = ?1 and kind = ?2 and key = ?3", ledgerId, kind, key).firstResultOptional();
    }

    public List<LedgerAttribute> list(long ledgerId, AttributeKind kind) {
        return kind == null ? list("ledgerId = ?1 order by kind, key", ledgerId)
                : list("ledgerId = ?1 and kind = ?2 order by key", ledgerId, kind);
    }
}
