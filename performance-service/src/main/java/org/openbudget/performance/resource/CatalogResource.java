package org.openbudget.performance.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.performance.resource.security.DepartmentAccess;
import org.openbudget.performance.resource.security.DepartmentScoped;
import org.openbudget.performance.resource.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.domain.target.TargetVocabulary;
import org.openbudget.performance.service.BudgetCopyService;
import org.openbudget.performance.service.BudgetFigures;
import org.openbudget.performance.service.DomainException;
import org.openbudget.performance.service.PolicyCatalog;
import org.openbudget.performance.service.Targets;
import org.openbudget.performance.service.ValidationService;
import org.openbudget.performance.service.validation.Rule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The data the service works by: scoring policies, the target grammar's vocabulary, the rule catalogue. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues", description = "评分办法, the target grammar and the validation rules, as data")
public class CatalogResource {

    @Inject
    PolicyCatalog policies;

    @Inject
    Targets targets;

    @Inject
    ValidationService validation;

    @Inject
    BudgetCopyService budget;

    @PermitAll
    @GET
    @Path("/scoring-policies")
    @Operation(summary = "Every 评分办法 a department-year can choose")
    public Collection<ScoringPolicy> policies() {
        return policies.all();
    }

    @PermitAll
    @GET
    @Path("/scoring-policies/{policyId}")
    public ScoringPolicy policy(@PathParam("policyId") @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a policy id") String policyId) {
        return policies.find(policyId).orElseThrow(() -> DomainException.notFound("policyId", "unknown scoring policy " + policyId));
    }

    @PermitAll
    @GET
    @Path("/target-vocabulary")
    @Operation(summary = "The words of the target grammar: comparators, units, suffixes, qualitative phrases")
    public TargetVocabulary.Definition vocabulary() {
        return targets.vocabulary().definition();
    }

    public record ParseView(String text, Views.TargetView target) {
    }

    @PermitAll
    @POST
    @Path("/targets/parse")
    @Operation(summary = "Read a 指标值 as the service would; 422 says what was understood when it cannot")
    public ParseView parse(@Valid @NotNull Requests.ParseRequest request) {
        TargetParser.Result r = targets.parse(request.text(), request.targetKind());
        if (!r.ok()) {
            throw DomainException.unprocessable("text", "cannot read '" + request.text() + "' as a target: " + r.explanation());
        }
        return new ParseView(request.text(), Views.TargetView.of(r));
    }

    @PermitAll
    @GET
    @Path("/performance-rules")
    @Operation(summary = "The validation rule catalogue")
    public List<Rule> rules() {
        return validation.rules();
    }

    public record BudgetFiguresView(String departmentCode, int fiscalYear, boolean received, long revision,
                                    Long pendingRevision, Views.BudgetView departmentWide,
                                    Map<String, Views.BudgetView> projects, Map<String, BudgetFigures.Project> registered) {
    }

    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
    @GET
    @Path("/budget-figures/{departmentCode}/{fiscalYear}")
    @Operation(summary = "预算数 and 执行数 as this service holds them from budget-service's events")
    public BudgetFiguresView budgetFigures(@PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
                                           @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        BudgetFigures f = budget.figures(departmentCode, PathParams.year(fiscalYear));
        Map<String, Views.BudgetView> projects = new TreeMap<>();
        f.byProject().forEach((code, a) -> projects.put(code, Views.BudgetView.of(f, a)));
        return new BudgetFiguresView(departmentCode, PathParams.year(fiscalYear), f.received(), f.revision(),
                f.pendingRevision(), Views.BudgetView.of(f, f.departmentWide()), projects, f.projects());
    }
}
