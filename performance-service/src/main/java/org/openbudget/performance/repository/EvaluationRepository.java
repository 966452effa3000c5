package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.Subject;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    /** 部门整体 first, then projects by code. */
    public List<Evaluation> listBySet(long goalSetId) {
        return list("goalSetId = ?1 order by scope, projectCode", goalSetId);
    }

    public Optional<Evaluation> find(long goalSetId, Subject subject) {
        if (subject.scope() == GoalScope.DEPARTMENT_WIDE) {
            return find("goalSetId = ?1 and scope = ?2", goalSetId, GoalScope.DEPARTMENT_WIDE).firstResultOptional();
        }
        return find("goalSetId = ?1 and scope = ?2 and projectCode = ?3", goalSetId, GoalScope.PROJECT,
                subject.projectCode()).firstResultOptional();
    }
}
