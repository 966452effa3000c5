package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.service.validation.Rule;
import org.openbudget.budget.service.validation.ValidationService;

import java.util.List;

@Path("/api/v1/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation")
@PermitAll
public class ValidationRuleResource {

    @Inject
    ValidationService validation;

    @GET
    @Operation(summary = "The 勾稽 rule catalogue")
    public List<Rule> rules() {
        return validation.rules();
    }
}
