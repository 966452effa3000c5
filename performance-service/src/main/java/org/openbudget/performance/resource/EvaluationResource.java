package org.openbudget.performance.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.performance.resource.security.DepartmentAccess;
import org.openbudget.performance.resource.security.DepartmentScoped;
import org.openbudget.performance.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.service.Contents;
import org.openbudget.performance.service.DomainException;
import org.openbudget.performance.service.EvaluationService;
import org.openbudget.performance.service.GoalService;
import org.openbudget.performance.service.PolicyCatalog;
import org.openbudget.performance.service.ScoreService;
import org.openbudget.performance.service.Targets;

import java.util.List;

/**
 * 绩效自评 of the department-wide budget and of each project: the 实际完成值 and assessments entered here, 预算数 and
 * 执行数 from budget-service's figures, and the score with its trace, computed when read.
 */
@Path("/api/v1/goal-sets/{departmentCode}/{fiscalYear}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-evaluation", description = "绩效自评: actuals, 预算执行率 and scores under the department-year's 评分办法")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class EvaluationResource {

    @Inject
    DepartmentAccess access;

    @Inject
    EvaluationService service;

    @Inject
    GoalService goals;

    @Inject
    ScoreService scores;

    @Inject
    PolicyCatalog policies;

    @Inject
    Targets targets;

    @GET
    @Operation(summary = "Every self-evaluation of the department-year with its score (?policy= scores under another policy)")
    public List<Views.EvaluationView> list(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                           @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                           @QueryParam("policy") @Size(max = 60) String policy) {
        Contents c = goals.contents(departmentCode, PathParams.year(fiscalYear));
        ScoringPolicy p = policy(c, policy);
        return c.evaluations().stream().map(e -> view(c, e, p)).toList();
    }

    @GET
    @Path("/department-wide")
    @Operation(summary = "The 部门整体 self-evaluation with its score and trace")
    public Views.EvaluationView departmentWide(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                               @QueryParam("policy") @Size(max = 60) String policy) {
        return one(departmentCode, fiscalYear, Subject.DEPARTMENT_WIDE, policy);
    }

    @GET
    @Path("/projects/{projectCode}")
    @Operation(summary = "A project's self-evaluation with its score and trace")
    public Views.EvaluationView project(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                        @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                        @PathParam("projectCode") @Pattern(regexp = Requests.PROJECT, message = Requests.PROJECT_MESSAGE) String projectCode,
                                        @QueryParam("policy") @Size(max = 60) String policy) {
        return one(departmentCode, fiscalYear, Subject.project(projectCode), policy);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/department-wide")
    @Operation(summary = "Enter the 部门整体 self-evaluation: each annual indicator's 实际完成值 (and tier, deduction), "
            + "偏差原因, 改进措施; unlisted indicators are left without")
    public Response setDepartmentWide(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                      @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                      @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                      @Valid @NotNull Requests.EvaluationRequest request) {
        return GoalResource.revision(service.set(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Subject.DEPARTMENT_WIDE, request.toInput(),
                access.actor(), request.reason().strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/projects/{projectCode}")
    @Operation(summary = "Enter a project's self-evaluation (as for the department-wide one)")
    public Response setProject(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                               @PathParam("projectCode") @Pattern(regexp = Requests.PROJECT, message = Requests.PROJECT_MESSAGE) String projectCode,
                               @HeaderParam(ETags.IF_MATCH) String ifMatch,
                               @Valid @NotNull Requests.EvaluationRequest request) {
        return GoalResource.revision(service.set(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Subject.project(projectCode), request.toInput(),
                access.actor(), request.reason().strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/department-wide/finalise")
    @Operation(summary = "Finalise the 部门整体 self-evaluation; refused (422, each blocking finding named) while incomplete")
    public Response finaliseDepartmentWide(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                           @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                           @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                           @Valid @NotNull Requests.ReasonRequest request) {
        return GoalResource.revision(service.finalise(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Subject.DEPARTMENT_WIDE, access.actor(),
                request.reason().strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/projects/{projectCode}/finalise")
    @Operation(summary = "Finalise a project's self-evaluation; refused (422, each blocking finding named) while incomplete")
    public Response finaliseProject(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                    @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                    @PathParam("projectCode") @Pattern(regexp = Requests.PROJECT, message = Requests.PROJECT_MESSAGE) String projectCode,
                                    @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                    @Valid @NotNull Requests.ReasonRequest request) {
        return GoalResource.revision(service.finalise(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Subject.project(projectCode), access.actor(),
                request.reason().strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/department-wide/reopen")
    @Operation(summary = "Reopen a finalised 部门整体 self-evaluation for changes")
    public Response reopenDepartmentWide(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                         @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                         @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                         @Valid @NotNull Requests.ReasonRequest request) {
        return GoalResource.revision(service.reopen(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Subject.DEPARTMENT_WIDE, access.actor(),
                request.reason().strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/projects/{projectCode}/reopen")
    @Operation(summary = "Reopen a finalised project self-evaluation for changes")
    public Response reopenProject(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                  @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                  @PathParam("projectCode") @Pattern(regexp = Requests.PROJECT, message = Requests.PROJECT_MESSAGE) String projectCode,
                                  @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                  @Valid @NotNull Requests.ReasonRequest request) {
        return GoalResource.revision(service.reopen(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Subject.project(projectCode), access.actor(),
                request.reason().strip()));
    }

    private Views.EvaluationView one(String departmentCode, String fiscalYear, Subject subject, String policy) {
        Contents c = goals.contents(departmentCode, PathParams.year(fiscalYear));
        return view(c, service.find(c, subject), policy(c, policy));
    }

    ScoringPolicy policy(Contents c, String requested) {
        if (requested == null || requested.isBlank()) {
            return c.policy();
        }
        return policies.find(requested.strip()).orElseThrow(() -> DomainException.badRequest("policy",
                "unknown scoring policy " + requested + "; GET /api/v1/scoring-policies lists them"));
    }

    Views.EvaluationView view(Contents c, Evaluation e, ScoringPolicy policy) {
        List<Indicator> annual = c.annualIndicatorsOf(e.subject());
        return Views.EvaluationView.of(c, e, scores.score(c, policy, e.subject()),
                annual.stream().map(i -> Views.IndicatorView.of(i, targets.targetOf(i))).toList());
    }
}
