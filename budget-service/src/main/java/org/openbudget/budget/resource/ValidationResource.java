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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.service.validation.ValidationService;


/** Findings of one ledger; the catalogue itself is served by {@link ValidationRuleResource}. */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}/validation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation", description = "勾稽 rules (data, docs/validation-rules.md) and their findings")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class ValidationResource {

    @Inject
    ValidationService validation;

    @GET
    @Operation(summary = "Every rule violation of the ledger at its current revision, with rule id, location, expected and actual")
    public ValidationService.Report validate(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear) {
        return validation.validate(departmentCode, Codes.year(fiscalYear));
    }
}
