package org.openbudget.publication.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.publication.resource.security.DepartmentAccess;
import org.openbudget.publication.resource.security.DepartmentScoped;
import org.openbudget.publication.resource.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.PublicationVersion;
import org.openbudget.publication.service.PublicationQueries;
import org.openbudget.publication.service.PublicationService;

import java.time.Instant;
import java.util.List;

/** The versions of the rendered documents: metadata, content, 更正说明, and the publisher's override. */
@Path("/api/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publications", description = "Immutable versions of 部门预算公开 / 部门决算公开")
public class PublicationResource {

    @Inject
    DepartmentAccess access;

    static final String KIND = "BUDGET|FINAL_ACCOUNTS";
    static final String KIND_MESSAGE = "must be BUDGET (部门预算公开) or FINAL_ACCOUNTS (部门决算公开)";
    static final String NUMBER = "[1-9][0-9]{0,8}";
    static final String NUMBER_MESSAGE = "must be a version number (1, 2, …)";

    @Inject
    PublicationQueries queries;

    @Inject
    PublicationService publications;

    @Inject
    ObjectMapper json;

    @Inject
    PortalResource portal;

    public record VersionView(String departmentCode, int fiscalYear, DocumentKind kind, int number,
                              PublicationVersion.Status status, Instant createdAt, long budgetRevision,
                              long performanceRevision, long editorialRevision, Long priorYearRevision,
                              String layoutId, String contentHash, List<String> blocking, Integer correctsNumber,
                              JsonNode correction, Instant publishedAt, String publishedBy, String overrideReason,
                              String traceId) {
    }

    public record VersionWithDocument(VersionView version, JsonNode document) {
    }

    public record PublishRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @PermitAll
    @GET
    @Operation(summary = "The public version of every department-year and document")
    public List<VersionView> published() {
        return queries.allPublished().stream().map(this::view).toList();
    }

    @PermitAll
    @GET
    @Path("/{departmentCode}/{fiscalYear}/{kind}")
    @Operation(summary = "Every version of a document, newest first (published, blocked and superseded); without a "
            + "token that may read drafts, only the versions that were published")
    public List<VersionView> versions(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind) {
        boolean drafts = access.readsDrafts();
        return queries.history(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind)).stream()
                .filter(v -> drafts || v.publishedAt != null).map(this::view).toList();
    }

    @PermitAll
    @GET
    @Path("/{departmentCode}/{fiscalYear}/{kind}/versions/{number}")
    @Operation(summary = "One version with its document (sections, tables, sentences, charts) as JSON")
    public VersionWithDocument version(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind,
            @PathParam("number") @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) String number) {
        PublicationVersion v = queries.version(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind),
                Integer.parseInt(number));
        if (v.publishedAt == null) {
            access.checkReadsDrafts();
        }
        return new VersionWithDocument(view(v), tree(v.document));
    }

    /** Any version (drafts included) as a file, for editors checking a blocked version before they publish it. */
    @PermitAll
    @GET
    @Path("/{departmentCode}/{fiscalYear}/{kind}/versions/{number}/document.{format}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Any version (published, blocked or superseded) as a file; drafts carry a banner saying so")
    public Response draftFile(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind,
            @PathParam("number") @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) String number,
            @PathParam("format") @Pattern(regexp = PortalResource.FORMAT, message = PortalResource.FORMAT_MESSAGE) String format) {
        PublicationVersion v = queries.version(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind),
                Integer.parseInt(number));
        if (v.publishedAt == null) {
            access.checkReadsDrafts();
        }
        return portal.download(v, PortalResource.formatOf(format), true);
    }

    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @POST
    @Path("/{departmentCode}/{fiscalYear}/{kind}/versions/{number}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a blocked version despite its open findings, with the reason recorded")
    public VersionView publish(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind,
            @PathParam("number") @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) String number,
            @Valid @NotNull PublishRequest request) {
        return view(publications.override(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind),
                Integer.parseInt(number), access.actor(),
                request.reason().strip()));
    }

    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @POST
    @Path("/{departmentCode}/{fiscalYear}/regenerate")
    @Operation(summary = "Make a department-year's documents due for regeneration (e.g. after a layout file changed)")
    public void regenerate(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        queries.markDue(departmentCode, PathParams.year(fiscalYear));
    }

    VersionView view(PublicationVersion v) {
        List<String> blocking = publications.blockingReasons(v);
        return new VersionView(v.departmentCode, v.fiscalYear, v.kind, v.number, v.status, v.createdAt, v.budgetRevision,
                v.performanceRevision, v.editorialRevision, v.priorYearRevision, v.layoutId, v.contentHash, blocking,
                v.correctsNumber, v.correction == null ? null : tree(v.correction), v.publishedAt, v.publishedBy,
                v.overrideReason, v.traceId);
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
