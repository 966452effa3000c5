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

    @Inject
    @RestClient
    org.openbudget.publication.client.PerformanceApi performance;

    /**
     * The goals and self-evaluations at performance-service's current revision, which is at least the one the event
     * named (it serves no past revisions; the version records the revision it actually read). Empty when it holds
     * nothing for the department-year.
     */
    public Optional<com.fasterxml.jackson.databind.JsonNode> performance(String departmentCode, int fiscalYear, long atLeast) {
        if (atLeast <= 0) {
            return Optional.empty();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode source = performance.disclosureSource(departmentCode, fiscalYear);
            if (source.path("revision").asLong() < atLeast) {
                throw new IllegalStateException("performance-service answered revision " + source.path("revision")
                        + " for " + departmentCode + ":" + fiscalYear + ", older than the event's " + atLeast);
            }
            return Optional.of(source);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

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
