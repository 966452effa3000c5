package org.openbudget.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.openbudget.publication.client.BudgetApi;
import org.openbudget.publication.client.BudgetSource;

import java.util.Optional;

/**
 * Reads the owning services at the revisions the events named. A failure (service down, timeout) propagates: the
 * regeneration is retried later with backoff, and nothing is published from a partial read.
 */
@ApplicationScoped
public class SourceFetcher {

    @Inject
    @RestClient
    BudgetApi budget;

    /** The ledger at a revision; empty when budget-service has no such ledger (404), an error for anything else. */
    public Optional<BudgetSource> budgetAt(String departmentCode, int fiscalYear, long revision) {
        return orNotFound(departmentCode, fiscalYear, revision);
    }

    /** The prior year's ledger at its current revision, if the platform holds one. */
    public Optional<BudgetSource> priorYear(String departmentCode, int fiscalYear) {
        return orNotFound(departmentCode, fiscalYear - 1, null);
    }

    private Optional<BudgetSource> orNotFound(String departmentCode, int fiscalYear, Long revision) {
        try {
            return Optional.of(budget.disclosureSource(departmentCode, fiscalYear, revision));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
