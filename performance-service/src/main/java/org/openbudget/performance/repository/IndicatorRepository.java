package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.Indicator;

import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    public List<Indicator> listBySet(long goalSetId) {
        return list("goalSetId = ?1 order by goalId, id", goalSetId);
    }

    public List<Indicator> listByGoal(long goalId) {
        return list("goalId = ?1 order by id", goalId);
    }
}
