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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.performance.service.DomainException;
import org.openbudget.performance.service.GoalService;
import org.openbudget.performance.service.GoalSetFile;
import org.openbudget.performance.service.ImportExportService;

import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * A department-year's goals and 自评 as one file, JSON or XLSX (docs/performance-files.md): export, and import as a
 * replacement — all or nothing, one revision, and no change at all when the file says what is already there.
 */
@Path("/api/v1/goal-sets/{departmentCode}/{fiscalYear}/file")
@Tag(name = "Files", description = "Import and export of a department-year's goals and self-evaluations")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class FileResource {

    @Inject
    DepartmentAccess access;

    @Inject
    ImportExportService service;

    @Inject
    GoalService goals;

    public record ImportView(long revision, boolean changed, UUID eventId, int goals, int indicators) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export as JSON (Accept: application/json)")
    public Response exportJson(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        var contents = goals.contents(departmentCode, PathParams.year(fiscalYear));
        return Response.ok(service.export(contents)).tag(ETags.of(contents.set().revision)).build();
    }

    @GET
    @Produces(GoalSetWorkbook.MEDIA_TYPE)
    @Operation(summary = "Export as XLSX (Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)")
    public Response exportXlsx(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        var contents = goals.contents(departmentCode, PathParams.year(fiscalYear));
        return Response.ok(GoalSetWorkbook.write(service.export(contents)))
                .header("Content-Disposition", "attachment; filename=\"performance-" + departmentCode + "-" + fiscalYear + ".xlsx\"")
                .tag(ETags.of(contents.set().revision)).build();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the department-year's goals, declarations and 自评 with a JSON file (?reason=)")
    public Response importJson(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                               @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
                               @HeaderParam(ETags.IF_MATCH) String ifMatch,
                               @Valid @NotNull GoalSetFile file) {
        return view(service.importFile(departmentCode, PathParams.year(fiscalYear), ETags.expectedRevision(ifMatch),
                file, access.actor(), reason.strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Consumes(GoalSetWorkbook.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the department-year's goals, declarations and 自评 with an XLSX workbook (?reason=)")
    public Response importXlsx(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                               @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
                               @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
                               @HeaderParam(ETags.IF_MATCH) String ifMatch,
                               byte[] body) {
        Long expected = ETags.expectedRevision(ifMatch);
        GoalSetWorkbook.Read read = GoalSetWorkbook.read(SafeWorkbook.checked(new ByteArrayInputStream(body == null ? new byte[0] : body)));
        try {
            return view(service.importFile(departmentCode, PathParams.year(fiscalYear), expected, read.file(),
                    access.actor(), reason.strip()));
        } catch (DomainException e) {
            throw GoalSetWorkbook.locate(e, read.locations());
        }
    }

    private static Response view(ImportExportService.ImportResult r) {
        return Response.ok(new ImportView(r.commit().revision(), r.commit().changed(), r.commit().eventId(), r.goals(),
                r.indicators())).tag(ETags.of(r.commit().revision())).build();
    }
}
