package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.Amendment;

import java.util.List;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepository<Amendment> {

    public List<Amendment> listBySet(long goalSetId) {
        return list("goalSetId = ?1 order by revision, id", goalSetId);
    }
}
