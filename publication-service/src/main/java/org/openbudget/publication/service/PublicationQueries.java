package org.openbudget.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.publication.domain.DepartmentYear;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.PublicationVersion;
import org.openbudget.publication.repository.DepartmentYearRepository;
import org.openbudget.publication.repository.PublicationVersionRepository;

import java.time.Instant;
import java.util.List;

/** Reading versions for the API and the portal. */
@ApplicationScoped
public class PublicationQueries {

    @Inject
    PublicationVersionRepository versions;

    @Inject
    DepartmentYearRepository departmentYears;

    public List<PublicationVersion> allPublished() {
        return versions.allLatestPublished();
    }

    public List<PublicationVersion> history(String departmentCode, int fiscalYear, DocumentKind kind) {
        List<PublicationVersion> history = versions.history(departmentCode, fiscalYear, kind);
        if (history.isEmpty()) {
            throw DomainException.notFound("kind", "no " + kind + " document for " + departmentCode + " " + fiscalYear);
        }
        return history;
    }

    public PublicationVersion version(String departmentCode, int fiscalYear, DocumentKind kind, int number) {
        return versions.byNumber(departmentCode, fiscalYear, kind, number).orElseThrow(() ->
                DomainException.notFound("number", "no version " + number + " of the " + kind + " document of "
                        + departmentCode + " " + fiscalYear));
    }

    public PublicationVersion latestPublished(String departmentCode, int fiscalYear, DocumentKind kind) {
        return versions.latestPublished(departmentCode, fiscalYear, kind).orElseThrow(() ->
                DomainException.notFound("kind", "no published " + kind + " document for " + departmentCode + " " + fiscalYear));
    }

    @Transactional
    public void markDue(String departmentCode, int fiscalYear) {
        departmentYears.find(departmentCode, fiscalYear).orElseThrow(() ->
                DomainException.notFound("fiscalYear", "nothing received for " + departmentCode + " " + fiscalYear));
        DepartmentYear target = departmentYears.lockOrCreate(departmentCode, fiscalYear);
        target.updatedAt = Instant.now();
        target.markDue();
    }
}
