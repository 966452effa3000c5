package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.GoalAmendment;

import java.util.List;

@ApplicationScoped
public class GoalAmendmentRepository implements PanacheRepository<GoalAmendment> {

    public List<GoalAmendment> listBySet(long goalSetId) {
        return list("goalSetId = ?1 order by revision, id", goalSetId);
    }
}
