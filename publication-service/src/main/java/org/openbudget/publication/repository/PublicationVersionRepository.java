package org.openbudget.publication.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.PublicationVersion;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PublicationVersionRepository implements PanacheRepository<PublicationVersion> {

    public Optional<PublicationVersion> latest(String departmentCode, int fiscalYear, DocumentKind kind) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3 order by number desc",
                departmentCode, fiscalYear, kind).firstResultOptional();
    }

    /** The version the public sees: the newest published one. */
    public Optional<PublicationVersion> latestPublished(String departmentCode, int fiscalYear, DocumentKind kind) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3 and status = ?4 order by number desc",
                departmentCode, fiscalYear, kind, PublicationVersion.Status.PUBLISHED).firstResultOptional();
    }

    public Optional<PublicationVersion> byNumber(String departmentCode, int fiscalYear, DocumentKind kind, int number) {
        return find("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3 and number = ?4",
                departmentCode, fiscalYear, kind, number).firstResultOptional();
    }

    public List<PublicationVersion> history(String departmentCode, int fiscalYear, DocumentKind kind) {
        return list("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3 order by number desc",
                departmentCode, fiscalYear, kind);
    }

    public List<PublicationVersion> blockedBefore(String departmentCode, int fiscalYear, DocumentKind kind, int number) {
        return list("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3 and status = ?4 and number < ?5",
                departmentCode, fiscalYear, kind, PublicationVersion.Status.BLOCKED, number);
    }

    /** The newest published version of every department-year and kind, for the portal's index. */
    public List<PublicationVersion> allLatestPublished() {
        return getEntityManager().createQuery("select v from PublicationVersion v where v.status = :published and v.number = "
                        + "(select max(w.number) from PublicationVersion w where w.departmentCode = v.departmentCode and "
                        + "w.fiscalYear = v.fiscalYear and w.kind = v.kind and w.status = :published) "
                        + "order by v.departmentCode, v.fiscalYear desc, v.kind", PublicationVersion.class)
                .setParameter("published", PublicationVersion.Status.PUBLISHED).getResultList();
    }
}
