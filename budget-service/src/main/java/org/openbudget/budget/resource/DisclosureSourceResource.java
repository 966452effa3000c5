package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.service.DisclosureSourceService;

/**
 * Everything a publication of one department-year needs, read at one revision in one go, so that a document never
 * mixes the tables of one revision with the text or findings of another.
 */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}/disclosure-source")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure source", description = "Tables, attributes, findings and lines of one revision, for publication")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class DisclosureSourceResource {

    @Inject
    DisclosureSourceService service;

    @GET
    @Operation(summary = "The department, every derived table (万元), attributes, validation findings and fact-grain "
            + "lines of the ledger at ?revision=N (default: current)")
    public DisclosureSourceService.DisclosureSource get(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @QueryParam("revision") @Pattern(regexp = "[0-9]{1,18}", message = "must be a revision number") String revision) {
        return service.at(departmentCode, Codes.year(fiscalYear), revision == null ? null : Long.parseLong(revision));
    }
}
