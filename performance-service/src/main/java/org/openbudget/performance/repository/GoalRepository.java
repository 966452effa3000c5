package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.Goal;

import java.util.List;

@ApplicationScoped
public class GoalRepository implements PanacheRepository<Goal> {

    /** Department-wide first, then projects by code; long-term before annual; in the order they were declared. */
    public List<Goal> listBySet(long goalSetId) {
        return list("goalSetId = ?1 order by scope, projectCode, term desc, id", goalSetId);
    }
}
