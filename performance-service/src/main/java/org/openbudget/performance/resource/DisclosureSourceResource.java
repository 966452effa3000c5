package org.openbudget.performance.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.performance.resource.security.DepartmentAccess;
import org.openbudget.performance.resource.security.DepartmentScoped;
import org.openbudget.performance.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.service.Contents;
import org.openbudget.performance.service.GoalService;

import java.util.List;

/**
 * What a publication of one department-year needs from this service, read in one go so that the goals and the
 * scored self-evaluations it prints come from the same revision.
 */
@Path("/api/v1/goal-sets/{departmentCode}/{fiscalYear}/disclosure-source")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure source", description = "Goals and scored self-evaluations of one revision, for publication")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class DisclosureSourceResource {

    @Inject
    GoalService goals;

    @Inject
    GoalResource goalResource;

    @Inject
    EvaluationResource evaluationResource;

    public record DisclosureSource(String departmentCode, int fiscalYear, long revision, Views.GoalSetView goalSet,
                                   List<Views.EvaluationView> evaluations) {
    }

    @GET
    @Operation(summary = "The goal set (申报表 content) and every self-evaluation with its score, at the current revision")
    public DisclosureSource get(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        Contents c = goals.contents(departmentCode, PathParams.year(fiscalYear));
        ScoringPolicy policy = evaluationResource.policy(c, null);
        return new DisclosureSource(departmentCode, PathParams.year(fiscalYear), c.set().revision, goalResource.view(c),
                c.evaluations().stream().map(e -> evaluationResource.view(c, e, policy)).toList());
    }
}
