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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.domain.DisplayUnit;
import org.openbudget.budget.service.DeclaredCellService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures a published document printed for one table, to be checked against the derived table (rule DECL-01). */
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}/declared/{tableId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation")
public class DeclaredCellResource {

    @Inject
    DeclaredCellService service;

    public record DeclaredCellRequest(
            @NotBlank @Size(max = 120) String row,
            @NotBlank @Size(max = 60) String column,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal value) {
    }

    /** {@code unit} is the unit the document printed this table in: 万元 unless said otherwise. */
    public record DeclaredTable(@NotBlank @Size(max = 300) String source, DisplayUnit unit,
                                @NotNull @Size(max = 5000) List<@Valid @NotNull DeclaredCellRequest> cells) {
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DepartmentScoped
    @PUT
    @Operation(summary = "Record what one place of a document (its source, e.g. 表3 or 情况说明 五) printed for this table, "
            + "in 万元 or, with unit YUAN, in 元; it replaces what that source declared before. Validation (DECL-01) then "
            + "reports every cell that disagrees with the figure derived from the ledger")
    public Map<String, Integer> put(
            @PathParam("departmentCode") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = Codes.YEAR, message = Codes.YEAR_MESSAGE) String fiscalYear,
            @PathParam("tableId") @Pattern(regexp = "[A-Z]{2}[0-9]{2}", message = "must be a table id such as BA03") String tableId,
            @Valid @NotNull DeclaredTable request) {
        List<DeclaredCellService.Cell> cells = new ArrayList<>();
        for (int i = 0; i < request.cells().size(); i++) {
            DeclaredCellRequest c = request.cells().get(i);
            cells.add(new DeclaredCellService.Cell("cells[" + i + "]", c.row().strip(), c.column().strip(), c.value()));
        }
        return Map.of("cells", service.replace(departmentCode, Codes.year(fiscalYear), tableId,
                request.source().strip(), request.unit() == null ? DisplayUnit.WAN_YUAN : request.unit(), cells));
    }
}
