package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.ClassificationItem;
import org.openbudget.budget.domain.ClassificationLevel;
import org.openbudget.budget.service.CatalogService;
import org.openbudget.budget.service.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 政府收支分类科目 per fiscal year. {@code catalog} is {@code function} (支出功能分类) or {@code economic}
 * (部门预算支出经济分类). Uploads (CSV {@code code,name,level} or JSON) are validated whole and applied all or nothing.
 */
@Path("/api/v1/catalogs/{catalog}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogs", description = "政府收支分类科目 per fiscal year, loaded from files or the API")
public class CatalogResource {

    @Inject
    DepartmentAccess access;

    static final String CATALOG = "function|economic";
    static final String CATALOG_MESSAGE = "must be function or economic";

    @Inject
    CatalogService service;

    public record ItemView(String code, String name, ClassificationLevel level, String source) {
        static ItemView of(ClassificationItem i) {
            return new ItemView(i.code, i.name, i.level, i.source);
        }
    }

    public record ItemRequest(@NotNull String code, @NotNull String name, @NotNull String level) {
    }

    public record CatalogUpload(@NotEmpty @Size(max = 20_000) List<@Valid @NotNull ItemRequest> items) {
    }

    @PermitAll
    @GET
    @Operation(summary = "The year's catalog, optionally one level (CLASS, SECTION, ITEM)")
    public List<ItemView> list(@PathParam("catalog") @Pattern(regexp = CATALOG, message = CATALOG_MESSAGE) String catalog,
                               @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
                               @QueryParam("level") @Pattern(regexp = "CLASS|SECTION|ITEM|类|款|项", message = "must be CLASS, SECTION, ITEM (or 类, 款, 项)") String level) {
        return service.list(catalogOf(catalog), Codes.year(fiscalYear), level == null ? null : ClassificationLevel.parse(level))
                .stream().map(ItemView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or rename codes (JSON); all rows are checked before any is applied")
    public CatalogService.UpsertResult putJson(
            @PathParam("catalog") @Pattern(regexp = CATALOG, message = CATALOG_MESSAGE) String catalog,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @Valid @NotNull CatalogUpload upload) {
        List<CatalogService.Row> rows = new ArrayList<>();
        for (int i = 0; i < upload.items().size(); i++) {
            ItemRequest item = upload.items().get(i);
            rows.add(new CatalogService.Row("items[" + i + "]", item.code(), item.name(), item.level()));
        }
        return service.upsert(catalogOf(catalog), Codes.year(fiscalYear), rows, "api:" + access.actor(), true);
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Add or rename codes from CSV with header code,name,level (level 类/款/项 or CLASS/SECTION/ITEM); "
            + "errors name rows by their line number")
    public CatalogService.UpsertResult putCsv(
            @PathParam("catalog") @Pattern(regexp = CATALOG, message = CATALOG_MESSAGE) String catalog,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            String body) {
        return service.upsert(catalogOf(catalog), Codes.year(fiscalYear), csvRows(body),
                "api:" + access.actor(), true);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/copy-from/{fromYear}")
    @Operation(summary = "Start or complete this year's catalog from another year's (existing codes are kept)")
    public CopyResult copyFrom(
            @PathParam("catalog") @Pattern(regexp = CATALOG, message = CATALOG_MESSAGE) String catalog,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @PathParam("fromYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fromYear) {
        return new CopyResult(service.copyYear(catalogOf(catalog), Codes.year(fromYear), Codes.year(fiscalYear),
                "copy:" + fromYear + ":" + access.actor()));
    }

    public record CopyResult(int inserted) {
    }

    /** Rows are numbered by their line in the file (the header is line 1), as a spreadsheet shows them. */
    static List<CatalogService.Row> csvRows(String body) {
        List<List<String>> records = Csv.uploaded(body, "a header code,name,level and rows");
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int code = header.indexOf("code");
        int name = header.indexOf("name");
        int level = header.indexOf("level");
        if (code < 0 || name < 0 || level < 0) {
            throw DomainException.unprocessable("rows[1]", "the header must name the columns code, name and level");
        }
        List<CatalogService.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            rows.add(new CatalogService.Row("rows[" + (i + 1) + "]", cell(r, code), cell(r, name), cell(r, level)));
        }
        return rows;
    }

    private static String cell(List<String> record, int index) {
        return index < record.size() ? record.get(index) : null;
    }

    static Catalog catalogOf(String path) {
        return Catalog.valueOf(path.toUpperCase(Locale.ROOT));
    }
}
