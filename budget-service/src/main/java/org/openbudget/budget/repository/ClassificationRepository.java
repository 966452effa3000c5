package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.ClassificationItem;
import org.openbudget.budget.domain.ClassificationLevel;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClassificationRepository implements PanacheRepository<ClassificationItem> {

    public Optional<ClassificationItem> find(Catalog catalog, int fiscalYear, String code) {
        return find("catalog = ?1 and fiscalYear = ?2 and code = ?3", catalog, fiscalYear, code).firstResultOptional();
    }

    public List<ClassificationItem> list(Catalog catalog, int fiscalYear, ClassificationLevel level) {
        if (level == null) {
            return list("catalog = ?1 and fiscalYear = ?2 order by code", catalog, fiscalYear);
        }
        return list("catalog = ?1 and fiscalYear = ?2 and level = ?3 order by code", catalog, fiscalYear, level);
    }

    public long count(Catalog catalog, int fiscalYear) {
        return count("catalog = ?1 and fiscalYear = ?2", catalog, fiscalYear);
    }
}
