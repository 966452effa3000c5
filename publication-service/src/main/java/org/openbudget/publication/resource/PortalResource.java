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
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.PublicationVersion;
import org.openbudget.publication.render.RenderFormat;
import org.openbudget.publication.service.ArtifactService;
import org.openbudget.publication.service.DomainException;
import org.openbudget.publication.service.PublicationQueries;
import org.openbudget.publication.service.PublicationService;

import java.net.URI;
import java.util.List;

/**
 * The public portal: server-rendered pages, no script. Only published versions are shown here; drafts and blocked
 * versions are read through the API.
 */
@Path("/")
@Tag(name = "Portal", description = "Public pages and downloads of published versions")
@PermitAll
public class PortalResource {

    static final String FORMAT = "html|pdf|xlsx|zip";
    static final String FORMAT_MESSAGE = "must be html, pdf, xlsx or zip (open data)";

    @Inject
    PublicationQueries queries;

    @Inject
    PublicationService publications;

    @Inject
    ArtifactService artifacts;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("/portal")).build();
    }

    @GET
    @Path("/portal")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Every department and year with its published documents")
    public String index() {
        return PortalPages.index(queries.allPublished(), v -> publications.read(v.document).departmentName());
    }

    @GET
    @Path("/portal/{departmentCode}/{fiscalYear}/{kind}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The latest published version of a document, as a page")
    public Response latest(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = PublicationResource.KIND, message = PublicationResource.KIND_MESSAGE) String kind) {
        PublicationVersion version = queries.latestPublished(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind));
        return download(version, RenderFormat.HTML, false);
    }

    @GET
    @Path("/portal/{departmentCode}/{fiscalYear}/{kind}/history")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Every published version of a document with its 更正说明")
    public String history(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = PublicationResource.KIND, message = PublicationResource.KIND_MESSAGE) String kind) {
        List<PublicationVersion> published = queries.history(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind))
                .stream().filter(v -> v.status == PublicationVersion.Status.PUBLISHED).toList();
        if (published.isEmpty()) {
            throw DomainException.notFound("kind", "nothing published yet");
        }
        String title = publications.read(published.get(0).document).title();
        return PortalPages.history(title, published, v -> v.correction == null ? null : tree(v.correction));
    }

    @GET
    @Path("/portal/{departmentCode}/{fiscalYear}/{kind}/v/{number}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "One published version, as a page")
    public Response version(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = PublicationResource.KIND, message = PublicationResource.KIND_MESSAGE) String kind,
            @PathParam("number") @Pattern(regexp = PublicationResource.NUMBER, message = PublicationResource.NUMBER_MESSAGE) String number) {
        return download(published(departmentCode, fiscalYear, kind, number), RenderFormat.HTML, false);
    }

    @GET
    @Path("/portal/{departmentCode}/{fiscalYear}/{kind}/v/{number}/document.{format}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A published version as a file: html, pdf, xlsx or zip (open data: CSV + JSON + datapackage.json)")
    public Response file(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear,
            @PathParam("kind") @Pattern(regexp = PublicationResource.KIND, message = PublicationResource.KIND_MESSAGE) String kind,
            @PathParam("number") @Pattern(regexp = PublicationResource.NUMBER, message = PublicationResource.NUMBER_MESSAGE) String number,
            @PathParam("format") @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format) {
        return download(published(departmentCode, fiscalYear, kind, number), formatOf(format), true);
    }

    private PublicationVersion published(String departmentCode, String fiscalYear, String kind, String number) {
        PublicationVersion version = queries.version(departmentCode, PathParams.year(fiscalYear), DocumentKind.valueOf(kind),
                Integer.parseInt(number));
        if (version.status != PublicationVersion.Status.PUBLISHED) {
            throw DomainException.notFound("number", "version " + number + " is not published");
        }
        return version;
    }

    static RenderFormat formatOf(String format) {
        switch (format) {
            case "pdf":
                return RenderFormat.PDF;
            case "xlsx":
                return RenderFormat.XLSX;
            case "zip":
                return RenderFormat.OPEN_DATA;
            default:
                return RenderFormat.HTML;
        }
    }

    Response download(PublicationVersion version, RenderFormat format, boolean attachment) {
        ArtifactService.Download file = artifacts.get(version, format);
        Response.ResponseBuilder response = Response.ok(file.bytes()).type(file.mediaType()).tag(file.sha256())
                .header("Cache-Control", version.status == PublicationVersion.Status.PUBLISHED
                        ? "public, max-age=300" : "no-store");
        if (attachment && format != RenderFormat.HTML) {
            response.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        }
        return response.build();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
