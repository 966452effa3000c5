package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.domain.Amendment;
import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.Flow;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.domain.Measure;
import org.openbudget.budget.service.LedgerService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The ledger of one department and fiscal year: its expenditure lines and their amendment history. */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "预算/决算 figures at fact grain, amendments and their audit trail")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class LedgerResource {

    @Inject
    DepartmentAccess access;


    @Inject
    LedgerService service;

    public record ExpenditureLineRequest(
            @NotNull @Pattern(regexp = Codes.FUNCTION_CODE, message = Codes.FUNCTION_CODE_MESSAGE) String functionCode,
            @NotNull @Pattern(regexp = Codes.ECONOMIC_CODE, message = Codes.ECONOMIC_CODE_MESSAGE) String economicCode,
            @NotNull FundingSource fundingSource,
            @NotNull ExpenditureType expenditureType,
            @Pattern(regexp = Codes.PROJECT, message = Codes.PROJECT_MESSAGE) String projectCode,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal initialBudget,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal adjustedBudget,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal finalAccount,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record AmendmentRequest(
            @NotNull Measure measure,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** One figure of a batch: the grain, the measure and its amount. Lines are created where none exists. */
    /** {@code flow} defaults to EXPENDITURE; income and carry-over lines have no economic code or expenditure type. */
    public record FigureRequest(
            Flow flow,
            @Pattern(regexp = Codes.FUNCTION_CODE, message = Codes.FUNCTION_CODE_MESSAGE) String functionCode,
            @Pattern(regexp = Codes.ECONOMIC_CODE, message = Codes.ECONOMIC_CODE_MESSAGE) String economicCode,
            @NotNull FundingSource fundingSource,
            ExpenditureType expenditureType,
            @Pattern(regexp = Codes.PROJECT, message = Codes.PROJECT_MESSAGE) String projectCode,
            @NotNull Measure measure,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount) {
    }

    public record BatchRequest(
            @NotBlank @Size(max = 1000) String reason,
            @NotEmpty @Size(max = 10_000) List<@Valid @NotNull FigureRequest> figures) {
    }

    public record BatchView(long revision, boolean changed, java.util.UUID eventId, int figuresChanged) {
    }

    public record LineView(long id, Flow flow, String functionCode, String economicCode, FundingSource fundingSource,
                           ExpenditureType expenditureType, String projectCode, BigDecimal initialBudget,
                           BigDecimal adjustedBudget, BigDecimal finalAccount) {
        static LineView of(LedgerLine l) {
            return new LineView(l.id, l.flow, l.functionCode, l.economicCode, l.fundingSource, l.expenditureType,
                    l.projectCode, l.initialBudget, l.adjustedBudget, l.finalAccount);
        }
    }

    /** {@code eventId} names the event that carries this change (null when nothing changed). */
    public record ChangeView(long revision, boolean changed, java.util.UUID eventId, LineView line) {
    }

    public record LedgerView(String departmentCode, int fiscalYear, long revision, List<LineView> lines) {
    }

    public record AmendmentView(long revision, long lineId, Measure measure, BigDecimal oldAmount,
                                BigDecimal newAmount, String reason, String actor, Instant recordedAt) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.revision, a.lineId, a.measure, a.oldAmount, a.newAmount, a.reason, a.actor,
                    a.recordedAt);
        }
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/expenditure-lines")
    @Operation(summary = "Add an expenditure line (one fact at grain) with the measures known so far")
    public Response addLine(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExpenditureLineRequest request) {
        Map<Measure, BigDecimal> amounts = new EnumMap<>(Measure.class);
        putIfPresent(amounts, Measure.INITIAL_BUDGET, request.initialBudget());
        putIfPresent(amounts, Measure.ADJUSTED_BUDGET, request.adjustedBudget());
        putIfPresent(amounts, Measure.FINAL_ACCOUNT, request.finalAccount());
        LedgerService.ChangeResult result = service.addLine(departmentCode, Codes.year(fiscalYear),
                ETags.expectedRevision(ifMatch), new LedgerService.Grain(Flow.EXPENDITURE, request.functionCode(), request.economicCode(),
                        request.fundingSource(), request.expenditureType(), request.projectCode()), amounts,
                access.actor(), request.reason().strip());
        return Response.status(201).tag(ETags.of(result.revision()))
                .entity(new ChangeView(result.revision(), true, result.eventId(), LineView.of(result.line()))).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @POST
    @Path("/figures")
    @Operation(summary = "Set many figures at once (lines are created where missing); validated whole, applied all or "
            + "nothing, one revision and one event")
    public Response setFigures(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BatchRequest request) {
        List<LedgerService.FigureChange> figures = new java.util.ArrayList<>();
        for (int i = 0; i < request.figures().size(); i++) {
            FigureRequest f = request.figures().get(i);
            figures.add(new LedgerService.FigureChange("figures[" + i + "]", new LedgerService.Grain(
                    f.flow() == null ? Flow.EXPENDITURE : f.flow(), f.functionCode(),
                    f.economicCode(), f.fundingSource(), f.expenditureType(), f.projectCode()), f.measure(),
                    normalise(f.amount())));
        }
        LedgerService.ChangeResult result = service.setFigures(departmentCode, Codes.year(fiscalYear),
                ETags.expectedRevision(ifMatch), figures, access.actor(), request.reason().strip());
        return Response.ok(new BatchView(result.revision(), result.changed(), result.eventId(), result.figuresChanged()))
                .tag(ETags.of(result.revision())).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PATCH
    @Path("/expenditure-lines/{lineId}")
    @Operation(summary = "Amend one measure of one line, with a reason; recorded in the audit trail and published")
    public Response amend(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @PathParam("lineId") @Pattern(regexp = Codes.ID, message = Codes.ID_MESSAGE) String lineId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AmendmentRequest request) {
        LedgerService.ChangeResult result = service.amend(departmentCode, Codes.year(fiscalYear),
                ETags.expectedRevision(ifMatch), Codes.id(lineId), request.measure(), normalise(request.amount()),
                access.actor(), request.reason().strip());
        return Response.ok(new ChangeView(result.revision(), result.changed(), result.eventId(), LineView.of(result.line())))
                .tag(ETags.of(result.revision())).build();
    }

    @GET
    @Operation(summary = "The ledger's lines at its current revision (also its ETag, for If-Match on writes), or at "
            + "?revision=N as they were then")
    public Response get(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @QueryParam("revision") @Pattern(regexp = "[0-9]{1,18}", message = "must be a revision number") String revision) {
        LedgerService.Snapshot snapshot = service.at(departmentCode, Codes.year(fiscalYear),
                revision == null ? null : Long.parseLong(revision));
        Ledger ledger = snapshot.ledger();
        return Response.ok(new LedgerView(ledger.departmentCode, ledger.fiscalYear, ledger.revision,
                snapshot.lines().stream().map(LineView::of).toList())).tag(ETags.of(ledger.revision)).build();
    }

    @GET
    @Path("/history")
    @Operation(summary = "The audit trail: every amount ever set, by whom, why, at which revision")
    public List<AmendmentView> history(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear) {
        return service.history(service.get(departmentCode, Codes.year(fiscalYear))).stream().map(AmendmentView::of).toList();
    }

    private static void putIfPresent(Map<Measure, BigDecimal> amounts, Measure measure, BigDecimal amount) {
        if (amount != null) {
            amounts.put(measure, normalise(amount));
        }
    }

    /** Amounts are kept in 元 with exactly two decimals (the validator already refused more). */
    private static BigDecimal normalise(BigDecimal amount) {
        return amount.setScale(2);
    }

}
