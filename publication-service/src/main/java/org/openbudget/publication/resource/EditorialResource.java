package org.openbudget.publication.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.publication.resource.security.DepartmentAccess;
import org.openbudget.publication.resource.security.DepartmentScoped;
import org.openbudget.publication.resource.security.Roles;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.EditorialText;
import org.openbudget.publication.domain.EditorialTextHistory;
import org.openbudget.publication.service.EditorialService;
import org.openbudget.publication.service.layout.LayoutRegistry;

import java.time.Instant;
import java.util.List;

/** Text no figure can produce, and the layout a department's documents use. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial", description = "职能, 机构设置, 重点工作 … and layouts (jurisdiction templates)")
public class EditorialResource {

    @Inject
    DepartmentAccess access;

    static final String KEY = "[a-z][a-z0-9-]{0,59}";
    static final String KEY_MESSAGE = "must be a lower-case key such as functions, organization, key-work";

    @Inject
    EditorialService service;

    @Inject
    LayoutRegistry layouts;

    public record TextRequest(@NotNull @Size(max = 100_000) String text,
                              @NotBlank @Size(max = 1000) String reason) {
    }

    public record TextView(String key, String text, Instant updatedAt, String updatedBy, String reason) {
    }

    public record HistoryView(String key, String oldText, String newText, Instant updatedAt, String updatedBy,
                              String reason) {
    }

    public record ChangeView(boolean changed) {
    }

    public record LayoutRequest(@NotBlank @Size(max = 60) String layoutId) {
    }

    public record DocumentsRequest(@NotNull @Size(max = 2) List<@NotNull DocumentKind> documents,
                                   @NotBlank @Size(max = 1000) String reason) {
    }

    public record LayoutView(String id, String name, String source, List<String> documents) {
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/editorial/{departmentCode}/{fiscalYear}/{key}")
    @Operation(summary = "Set one editorial text (the documents regenerate); the same text again changes nothing")
    public ChangeView put(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("key") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @Valid @NotNull TextRequest request) {
        return new ChangeView(service.put(departmentCode, PathParams.year(fiscalYear), key, request.text(),
                access.actor(), request.reason().strip()));
    }

    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
    @GET
    @Path("/editorial/{departmentCode}/{fiscalYear}")
    @Operation(summary = "Every editorial text of a department-year")
    public List<TextView> list(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        return service.list(departmentCode, PathParams.year(fiscalYear)).stream().map(EditorialResource::view).toList();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
    @GET
    @Path("/editorial/{departmentCode}/{fiscalYear}/history")
    @Operation(summary = "Every change of an editorial text: who, when, why, before and after")
    public List<HistoryView> history(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        return service.history(departmentCode, PathParams.year(fiscalYear)).stream().map(EditorialResource::view).toList();
    }

    @PermitAll
    @GET
    @Path("/layouts")
    @Operation(summary = "The layouts (jurisdiction templates) documents can be rendered in")
    public List<LayoutView> layouts() {
        return layouts.all().stream().map(l -> new LayoutView(l.id(), l.name(), l.source(),
                l.documents().keySet().stream().map(Enum::name).toList())).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/departments/{departmentCode}/layout")
    @Operation(summary = "Choose the layout of a department's documents (they regenerate)")
    public ChangeView chooseLayout(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @Valid @NotNull LayoutRequest request) {
        return new ChangeView(service.chooseLayout(departmentCode, request.layoutId()));
    }

    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @PUT
    @Path("/document-choice/{departmentCode}/{fiscalYear}")
    @Operation(summary = "Choose which documents a department-year publishes (e.g. none for a year held only for the "
            + "prior-year figures the next year quotes); the default is the 决算 once it has 决算 figures, else the 预算")
    public ChangeView chooseDocuments(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @Valid @NotNull DocumentsRequest request) {
        return new ChangeView(service.chooseDocuments(departmentCode, PathParams.year(fiscalYear), request.documents(),
                request.reason().strip()));
    }

    private static TextView view(EditorialText t) {
        return new TextView(t.textKey, t.text, t.updatedAt, t.updatedBy, t.reason);
    }

    private static HistoryView view(EditorialTextHistory h) {
        return new HistoryView(h.textKey, h.oldText, h.newText, h.updatedAt, h.updatedBy, h.reason);
    }
}
