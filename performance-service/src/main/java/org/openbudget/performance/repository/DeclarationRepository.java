package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.ProjectDeclaration;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepository<ProjectDeclaration> {

    public List<ProjectDeclaration> listBySet(long goalSetId) {
        return list("goalSetId = ?1 order by projectCode", goalSetId);
    }

    public Optional<ProjectDeclaration> find(long goalSetId, String projectCode) {
        return find("goalSetId = ?1 and projectCode = ?2", goalSetId, projectCode).firstResultOptional();
    }
}
