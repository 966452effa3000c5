package org.openbudget.performance.resource;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalAmendment;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.service.GoalService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 绩效目标 of one department and fiscal year. */
@Path("/api/v1/goal-sets/{departmentCode}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "部门整体 and project performance goals (绩效目标)")
public class GoalResource {

    /** Until authentication exists (see the security issue), callers name themselves; recorded as the actor. */
    static final String ACTOR_HEADER = "X-Actor";

    @Inject
    GoalService service;

    public record GoalRequest(
            @NotNull GoalScope scope,
            @Pattern(regexp = "[0-9A-Za-z]{1,40}", message = "must be 1 to 40 letters or digits") String projectCode,
            @NotNull GoalTerm term,
            @Min(1990) @Max(2200) Integer endYear,
            @NotBlank @Size(max = 4000) String content,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record ContentAmendment(@NotBlank @Size(max = 4000) String content, @NotBlank @Size(max = 1000) String reason) {
    }

    public record GoalView(long id, GoalScope scope, String projectCode, GoalTerm term, Integer endYear, String content) {
        static GoalView of(Goal g) {
            return new GoalView(g.id, g.scope, g.projectCode, g.term, g.endYear, g.content);
        }
    }

    public record ChangeView(long revision, boolean changed, UUID eventId, GoalView goal) {
    }

    public record GoalSetView(String departmentCode, int fiscalYear, long revision, List<GoalView> goals) {
    }

    public record AmendmentView(long revision, long goalId, String field, String oldValue, String newValue,
                                String reason, String actor, Instant recordedAt) {
        static AmendmentView of(GoalAmendment a) {
            return new AmendmentView(a.revision, a.goalId, a.field, a.oldValue, a.newValue, a.reason, a.actor,
                    a.recordedAt);
        }
    }

    @POST
    @Path("/goals")
    @Operation(summary = "Add a goal")
    public Response add(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                        @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                        @HeaderParam(ACTOR_HEADER) @Size(max = 200) String actor,
                        @Valid @NotNull GoalRequest request) {
        GoalService.ChangeResult result = service.addGoal(departmentCode, PathParams.year(fiscalYear),
                new GoalService.NewGoal(request.scope(), request.projectCode(), request.term(), request.endYear(),
                        request.content().strip()), actorOf(actor), request.reason().strip());
        return Response.status(201)
                .entity(new ChangeView(result.revision(), true, result.eventId(), GoalView.of(result.goal()))).build();
    }

    @PATCH
    @Path("/goals/{goalId}")
    @Operation(summary = "Amend a goal's content, with a reason")
    public ChangeView amend(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                            @PathParam("goalId") @Pattern(regexp = PathParams.ID, message = PathParams.ID_MESSAGE) String goalId,
                            @HeaderParam(ACTOR_HEADER) @Size(max = 200) String actor,
                            @Valid @NotNull ContentAmendment request) {
        GoalService.ChangeResult result = service.amendContent(departmentCode, PathParams.year(fiscalYear), PathParams.id(goalId),
                request.content().strip(), actorOf(actor), request.reason().strip());
        return new ChangeView(result.revision(), result.changed(), result.eventId(), GoalView.of(result.goal()));
    }

    @GET
    public GoalSetView get(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                           @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        GoalSet set = service.get(departmentCode, PathParams.year(fiscalYear));
        return new GoalSetView(set.departmentCode, set.fiscalYear, set.revision,
                service.goals(set).stream().map(GoalView::of).toList());
    }

    @GET
    @Path("/amendments")
    public List<AmendmentView> history(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                       @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        return service.history(service.get(departmentCode, PathParams.year(fiscalYear))).stream().map(AmendmentView::of).toList();
    }

    private static String actorOf(String header) {
        return header == null || header.isBlank() ? "anonymous" : header.strip();
    }
}
