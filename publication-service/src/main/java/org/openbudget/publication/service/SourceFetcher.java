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

    public BudgetSource budgetAt(String departmentCode, int fiscalYear, long revision) {
        return budget.disclosureSource(departmentCode, fiscalYear, revision);
    }

    /** The prior year's ledger at its current revision, if the platform holds one. */
    public Optional<BudgetSource> priorYear(String departmentCode, int fiscalYear) {
        try {
            return Optional.of(budget.disclosureSource(departmentCode, fiscalYear - 1, null));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
