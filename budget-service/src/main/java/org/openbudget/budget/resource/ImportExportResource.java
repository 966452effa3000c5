package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.service.DomainException;
import org.openbudget.budget.service.LedgerService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole department-year as a file (docs/import-formats.md): PUT imports it — the ledger then holds exactly the
 * file's figures, validated whole, applied all or nothing, one revision; re-importing the same file changes nothing —
 * and GET exports it in the same format.
 */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}/file")
@Tag(name = "Import and export", description = "Whole department-years as CSV or JSON")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class ImportExportResource {

    @Inject
    DepartmentAccess access;

    @Inject
    LedgerService service;

    public record JsonImport(@NotBlank @Size(max = 1000) String reason,
                             @NotNull @Size(max = LedgerFile.MAX_ROWS) List<@NotNull Map<String, String>> lines) {
    }

    public record ImportResult(long revision, boolean changed, java.util.UUID eventId, int figuresChanged) {
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a department-year from CSV (header row, one line per row); reason in ?reason=")
    public Response importCsv(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        return apply(departmentCode, fiscalYear, LedgerFile.csvRows(body), reason, ifMatch);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Consumes(LedgerFile.XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a department-year from XLSX (first sheet, same columns as CSV); reason in ?reason=")
    public Response importXlsx(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            java.io.InputStream body) {
        return apply(departmentCode, fiscalYear, LedgerFile.xlsxRows(SafeWorkbook.checked(body)), reason, ifMatch);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a department-year from JSON: {reason, lines: [{flow, functionCode, …, finalAccount}]}")
    public Response importJson(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JsonImport request) {
        List<LedgerFile.Row> rows = new ArrayList<>();
        List<DomainException.Violation> unknown = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Map<String, String> line = request.lines().get(i);
            for (String key : line.keySet()) {
                if (!LedgerFile.COLUMNS.contains(key)) {
                    // a misspelt column would otherwise be ignored, and the replace would clear that figure
                    unknown.add(new DomainException.Violation("lines[" + i + "]." + key, "unknown column; columns are "
                            + LedgerFile.COLUMNS));
                }
            }
            rows.add(new LedgerFile.Row("lines[" + i + "]", line));
        }
        if (!unknown.isEmpty()) {
            throw DomainException.unprocessable(unknown);
        }
        return apply(departmentCode, fiscalYear, rows, request.reason(), ifMatch);
    }

    @GET
    @Produces({"text/csv", MediaType.APPLICATION_JSON, LedgerFile.XLSX})
    @Operation(summary = "Export the department-year in the import format (CSV by default; JSON or XLSX by Accept)")
    public Response export(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Ledger ledger = service.get(departmentCode, Codes.year(fiscalYear));
        var lines = service.lines(ledger);
        if (accept != null && accept.contains(LedgerFile.XLSX)) {
            return Response.ok(LedgerFile.toXlsx(lines), LedgerFile.XLSX).tag(ETags.of(ledger.revision))
                    .header("Content-Disposition", "attachment; filename=\"" + ledger.departmentCode + "-"
                            + ledger.fiscalYear + ".xlsx\"").build();
        }
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(Map.of("departmentCode", ledger.departmentCode, "fiscalYear", ledger.fiscalYear,
                    "revision", ledger.revision, "lines", LedgerFile.toRows(lines)), MediaType.APPLICATION_JSON)
                    .tag(ETags.of(ledger.revision)).build();
        }
        return Response.ok(LedgerFile.toCsv(lines), "text/csv; charset=UTF-8").tag(ETags.of(ledger.revision))
                .header("Content-Disposition", "attachment; filename=\"" + ledger.departmentCode + "-"
                        + ledger.fiscalYear + ".csv\"").build();
    }

    private Response apply(String departmentCode, String fiscalYear, List<LedgerFile.Row> rows, String reason,
                           String ifMatch) {
        LedgerService.ChangeResult result = service.replaceFigures(departmentCode, Codes.year(fiscalYear),
                ETags.expectedRevision(ifMatch), LedgerFile.figures(rows), access.actor(), reason.strip());
        return Response.ok(new ImportResult(result.revision(), result.changed(), result.eventId(), result.figuresChanged()),
                MediaType.APPLICATION_JSON).tag(ETags.of(result.revision())).build();
    }
}
