package org.openbudget.performance.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.performance.resource.security.DepartmentAccess;
import org.openbudget.performance.resource.security.DepartmentScoped;
import org.openbudget.performance.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.service.ChangeRecorder;
import org.openbudget.performance.service.Contents;
import org.openbudget.performance.service.GoalService;
import org.openbudget.performance.service.Targets;
import org.openbudget.performance.service.ValidationService;

import java.util.List;

/**
 * 绩效目标 of one department and fiscal year: goals, their 三级指标, the projects' declarations, 年度工作任务 and
 * the 评分办法 chosen. Every write takes a reason, may send If-Match with the goal set's ETag, and answers with the
 * new one.
 */
@Path("/api/v1/goal-sets/{departmentCode}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "部门整体 and project performance goals (绩效目标) and their indicators (三级指标)")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class GoalResource {

    @Inject
    DepartmentAccess access;


    @Inject
    GoalService service;

    @Inject
    ValidationService validation;

    @Inject
    Targets targets;

    @GET
    @Operation(summary = "The goal set: goals with their indicators (each target parsed), declarations, 年度工作任务, "
            + "policy; its ETag is the revision")
    public Response get(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                        @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        Contents c = service.contents(departmentCode, PathParams.year(fiscalYear));
        return Response.ok(view(c)).tag(ETags.of(c.set().revision)).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/goals")
    @Operation(summary = "Add a goal, with its indicators if given")
    public Response add(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                        @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                        @HeaderParam(ETags.IF_MATCH) String ifMatch,
                        @Valid @NotNull Requests.GoalRequest request) {
        GoalService.GoalResult result = service.addGoal(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch),
                new GoalService.NewGoal(request.scope(), request.projectCode(), request.term(), request.endYear(),
                        request.content(), request.indicators() == null ? List.of()
                        : request.indicators().stream().map(Requests.IndicatorRequest::fields).toList()),
                access.actor(), request.reason().strip());
        return Response.status(201).tag(ETags.of(result.commit().revision()))
                .entity(changeView(result.commit(), result.goal(), result.indicators())).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PATCH
    @Path("/goals/{goalId}")
    @Operation(summary = "Amend a goal's content (and 截止年), with a reason")
    public Response amend(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                          @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                          @PathParam("goalId") @Pattern(regexp = PathParams.ID, message = PathParams.ID_MESSAGE) String goalId,
                          @HeaderParam(ETags.IF_MATCH) String ifMatch,
                          @Valid @NotNull Requests.GoalAmendment request) {
        GoalService.GoalResult result = service.amendGoal(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), PathParams.id(goalId), request.content(), request.endYear(),
                request.endYear() != null, access.actor(), request.reason().strip());
        return Response.ok(changeView(result.commit(), result.goal(), result.indicators()))
                .tag(ETags.of(result.commit().revision())).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @DELETE
    @Path("/goals/{goalId}")
    @Operation(summary = "Remove a goal with its indicators, with a reason (?reason=)")
    public Response removeGoal(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                               @PathParam("goalId") @Pattern(regexp = PathParams.ID, message = PathParams.ID_MESSAGE) String goalId,
                               @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
                               @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return revision(service.removeGoal(departmentCode, PathParams.year(fiscalYear), ETags.expectedRevision(ifMatch),
                PathParams.id(goalId), access.actor(), reason.strip()).commit());
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/goals/{goalId}/indicators")
    @Operation(summary = "Add indicators (三级指标) to a goal; each target must parse or be declared qualitative")
    public Response addIndicators(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                  @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                  @PathParam("goalId") @Pattern(regexp = PathParams.ID, message = PathParams.ID_MESSAGE) String goalId,
                                  @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                  @Valid @NotNull Requests.IndicatorsRequest request) {
        GoalService.GoalResult result = service.addIndicators(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), PathParams.id(goalId),
                request.indicators().stream().map(Requests.IndicatorRequest::fields).toList(), access.actor(),
                request.reason().strip());
        return Response.status(201).tag(ETags.of(result.commit().revision()))
                .entity(changeView(result.commit(), result.goal(), result.indicators())).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/indicators/{indicatorId}")
    @Operation(summary = "Replace what is declared about an indicator (its 自评 inputs stay)")
    public Response replaceIndicator(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                     @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                     @PathParam("indicatorId") @Pattern(regexp = PathParams.ID, message = PathParams.ID_MESSAGE) String indicatorId,
                                     @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                     @Valid @NotNull Requests.IndicatorReplacement request) {
        GoalService.IndicatorResult result = service.replaceIndicator(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), PathParams.id(indicatorId), request.indicator().fields(),
                access.actor(), request.reason().strip());
        return Response.ok(new IndicatorChangeView(result.commit().revision(), result.commit().changed(),
                        result.commit().eventId(), Views.IndicatorView.of(result.indicator(), targets.targetOf(result.indicator()))))
                .tag(ETags.of(result.commit().revision())).build();
    }

    public record IndicatorChangeView(long revision, boolean changed, java.util.UUID eventId,
                                      Views.IndicatorView indicator) {
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @DELETE
    @Path("/indicators/{indicatorId}")
    @Operation(summary = "Remove an indicator, with a reason (?reason=)")
    public Response removeIndicator(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                    @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                    @PathParam("indicatorId") @Pattern(regexp = PathParams.ID, message = PathParams.ID_MESSAGE) String indicatorId,
                                    @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
                                    @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return revision(service.removeIndicator(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), PathParams.id(indicatorId), access.actor(), reason.strip()).commit());
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/declarations")
    @Operation(summary = "Declare a project: the performance part of its 部门项目申报表 (项目属性, 立项依据, 实施方案 …); "
            + "409 when its code is already declared")
    public Response declare(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                            @HeaderParam(ETags.IF_MATCH) String ifMatch,
                            @Valid @NotNull Requests.NewDeclarationRequest r) {
        ChangeRecorder.Committed commit = service.setDeclaration(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), r.projectCode(), r.declaration(), true, access.actor(),
                r.reason().strip()).commit();
        return Response.status(201).entity(new Views.RevisionView(commit.revision(), commit.changed(), commit.eventId()))
                .tag(ETags.of(commit.revision())).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/declarations/{projectCode}")
    @Operation(summary = "Amend a project's declaration")
    public Response setDeclaration(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                   @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                   @PathParam("projectCode") @Pattern(regexp = Requests.PROJECT, message = Requests.PROJECT_MESSAGE) String projectCode,
                                   @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                   @Valid @NotNull Requests.DeclarationRequest r) {
        return revision(service.setDeclaration(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), projectCode, r.declaration(), false, access.actor(),
                r.reason().strip()).commit());
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @DELETE
    @Path("/declarations/{projectCode}")
    @Operation(summary = "Remove a project's declaration, with a reason (?reason=)")
    public Response removeDeclaration(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                      @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                      @PathParam("projectCode") @Pattern(regexp = Requests.PROJECT, message = Requests.PROJECT_MESSAGE) String projectCode,
                                      @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
                                      @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return revision(service.removeDeclaration(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), projectCode, access.actor(), reason.strip()).commit());
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/annual-tasks")
    @Operation(summary = "Set 年度工作任务 of the 部门整体支出绩效目标申报表")
    public Response setAnnualTasks(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                   @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                   @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                   @Valid @NotNull Requests.AnnualTasksRequest r) {
        return revision(service.setAnnualTasks(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), r.annualTasks(), access.actor(), r.reason().strip()).commit());
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/policy")
    @Operation(summary = "Choose the 评分办法 (scoring policy) of the department-year; GET /api/v1/scoring-policies lists them")
    public Response selectPolicy(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                 @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                                 @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                 @Valid @NotNull Requests.PolicyRequest r) {
        return revision(service.selectPolicy(departmentCode, PathParams.year(fiscalYear),
                ETags.expectedRevision(ifMatch), r.policyId().strip(), access.actor(), r.reason().strip()).commit());
    }

    @GET
    @Path("/amendments")
    @Operation(summary = "The history: every field ever changed, before and after, by whom, why, at which revision")
    public List<Views.AmendmentView> history(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                             @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        return service.history(service.get(departmentCode, PathParams.year(fiscalYear))).stream()
                .map(Views.AmendmentView::of).toList();
    }

    @GET
    @Path("/validation")
    @Operation(summary = "Run the rule catalogue (GET /api/v1/performance-rules) on the goal set, its 自评 and the budget figures")
    public ValidationService.Report validate(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                             @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        return validation.validate(service.contents(departmentCode, PathParams.year(fiscalYear)));
    }

    Views.GoalSetView view(Contents c) {
        return new Views.GoalSetView(c.set().departmentCode, c.set().fiscalYear, c.set().revision, c.policy().id(),
                c.set().annualTasks, c.declarations().stream().map(Views.DeclarationView::of).toList(),
                c.goals().stream().map(g -> goalView(g, c.indicatorsOf(g))).toList());
    }

    private Views.GoalView goalView(Goal g, List<Indicator> indicators) {
        return new Views.GoalView(g.id, g.scope, g.projectCode, g.term, g.endYear, g.content,
                indicators.stream().map(i -> Views.IndicatorView.of(i, targets.targetOf(i))).toList());
    }

    private Views.ChangeView changeView(ChangeRecorder.Committed commit, Goal goal, List<Indicator> indicators) {
        return new Views.ChangeView(commit.revision(), commit.changed(), commit.eventId(), goalView(goal, indicators));
    }

    static Response revision(ChangeRecorder.Committed commit) {
        return Response.ok(new Views.RevisionView(commit.revision(), commit.changed(), commit.eventId()))
                .tag(ETags.of(commit.revision())).build();
    }

}
