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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.domain.Department;
import org.openbudget.budget.domain.UnitType;
import org.openbudget.budget.service.DepartmentService;

import java.util.List;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "部门 and their subordinate units")
public class DepartmentResource {

    @Inject
    DepartmentService service;

    public record DepartmentRequest(
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String parentCode,
            @NotNull UnitType unitType) {
    }

    public record DepartmentView(String code, String name, String parentCode, UnitType unitType) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.name, d.parentCode, d.unitType);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{code}")
    @Operation(summary = "Create or update a department")
    public Response put(@PathParam("code") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String code,
                        @Valid @NotNull DepartmentRequest request) {
        boolean created = service.upsert(code, request.name().strip(), request.parentCode(), request.unitType());
        return Response.status(created ? 201 : 200).entity(DepartmentView.of(service.get(code))).build();
    }

    @PermitAll
    @GET
    @Path("/{code}")
    public DepartmentView get(@PathParam("code") @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE) String code) {
        return DepartmentView.of(service.get(code));
    }

    @PermitAll
    @GET
    public List<DepartmentView> list() {
        return service.list().stream().map(DepartmentView::of).toList();
    }
}
