package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.domain.DisplayUnit;
import org.openbudget.budget.service.tables.DerivedTable;
import org.openbudget.budget.service.tables.TableDeriver;

import java.util.List;

/** The public tables of a department-year, computed from its ledger at its current revision. */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}/tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public tables", description = "公开表, derived from the ledger (amounts in 万元, docs/rounding.md)")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class TableResource {

    @Inject
    TableDeriver deriver;

    @GET
    @Operation(summary = "The ids of the tables that can be derived")
    public List<String> ids() {
        return deriver.tableIds();
    }

    @GET
    @Path("/{tableId}")
    @Operation(summary = "One derived table (e.g. FA05 = 公开05表 一般公共预算财政拨款支出决算表), in 万元 or ?unit=YUAN, at ?revision=N")
    public DerivedTable table(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @PathParam("tableId") @Pattern(regexp = "[A-Z]{2}[0-9]{2}", message = "must be a table id such as FA05") String tableId,
            @QueryParam("revision") @Pattern(regexp = "[0-9]{1,18}", message = "must be a revision number") String revision,
            @QueryParam("unit") @Pattern(regexp = "WAN_YUAN|YUAN", message = "must be WAN_YUAN (万元, default) or YUAN (元)") String unit) {
        return deriver.derive(departmentCode, Codes.year(fiscalYear), tableId,
                revision == null ? null : Long.parseLong(revision),
                unit == null ? DisplayUnit.WAN_YUAN : DisplayUnit.valueOf(unit));
    }
}
