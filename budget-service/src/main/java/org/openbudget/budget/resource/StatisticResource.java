package org.openbudget.budget.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.budget.resource.security.DepartmentAccess;
import org.openbudget.budget.resource.security.DepartmentScoped;
import org.openbudget.budget.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.service.AttributeService;

import java.util.List;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attributes")
@PermitAll
public class StatisticResource {

    @Inject
    AttributeService service;

    @GET
    @Operation(summary = "The statistics a department-year can record (政府采购, 国有资产, 三公 统计, 人员), from rules/statistics.csv")
    public List<AttributeService.StatisticDefinition> definitions() {
        return service.statisticDefinitions();
    }
}
