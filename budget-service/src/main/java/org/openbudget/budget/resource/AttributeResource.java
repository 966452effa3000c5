package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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
import org.openbudget.budget.domain.AttributeAmendment;
import org.openbudget.budget.domain.AttributeKind;
import org.openbudget.budget.service.AttributeService;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Projects, explanations (主要原因) and statistics of a department-year (docs/attributes.md). */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}/attributes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attributes", description = "项目, 主要原因 texts and statistics of a department-year")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class AttributeResource {

    @Inject
    DepartmentAccess access;

    static final String KIND = "project|explanation|statistic|coverage";
    static final String KIND_MESSAGE = "must be project, explanation, statistic or coverage";
    static final String KEY = "[0-9A-Za-z_.:-]{1,120}";
    static final String KEY_MESSAGE = "must be 1 to 120 letters, digits or _ . : -";

    @Inject
    AttributeService service;

    public record AttributeRequest(@NotNull JsonNode value, @NotBlank @Size(max = 1000) String reason) {
    }

    public record AttributeChangeView(long revision, boolean changed, java.util.UUID eventId) {
    }

    public record HistoryView(long revision, AttributeKind kind, String key, String oldValue, String newValue,
                              String reason, String actor, Instant recordedAt) {
        static HistoryView of(AttributeAmendment a) {
            return new HistoryView(a.revision, a.kind, a.key, a.oldValue, a.newValue, a.reason, a.actor, a.recordedAt);
        }
    }

    @GET
    @Operation(summary = "All attributes, or one kind (?kind=PROJECT|EXPLANATION|STATISTIC|COVERAGE), keyed kind/key")
    public Map<String, JsonNode> list(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @QueryParam("kind") @Pattern(regexp = "PROJECT|EXPLANATION|STATISTIC|COVERAGE", message = "must be PROJECT, EXPLANATION, STATISTIC or COVERAGE") String kind) {
        return service.list(departmentCode, Codes.year(fiscalYear), kind == null ? null : AttributeKind.valueOf(kind));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every attribute value ever set, with before and after")
    public List<HistoryView> history(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear) {
        return service.history(departmentCode, Codes.year(fiscalYear)).stream().map(HistoryView::of).toList();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Path("/{kind}/{key}")
    @Operation(summary = "Set an attribute, with a reason; one revision and one event")
    public Response put(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind,
            @PathParam("key") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AttributeRequest request) {
        return result(service.set(departmentCode, Codes.year(fiscalYear), ETags.expectedRevision(ifMatch),
                AttributeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), key, request.value(),
                access.actor(), request.reason().strip()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @DELETE
    @Path("/{kind}/{key}")
    @Operation(summary = "Clear an attribute, with a reason (?reason=)")
    public Response delete(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind,
            @PathParam("key") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @QueryParam("reason") @NotBlank @Size(max = 1000) String reason,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return result(service.set(departmentCode, Codes.year(fiscalYear), ETags.expectedRevision(ifMatch),
                AttributeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), key, null,
                access.actor(), reason.strip()));
    }

    private static Response result(AttributeService.SetResult result) {
        return Response.ok(new AttributeChangeView(result.revision(), result.changed(), result.eventId()))
                .tag(ETags.of(result.revision())).build();
    }
}
