package org.openbudget.budget.service.validation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.budget.domain.AttributeKind;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.DeclaredCell;
import org.openbudget.budget.domain.DisplayUnit;
import org.openbudget.budget.domain.Flow;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.WanYuan;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.domain.Measure;
import org.openbudget.budget.service.CatalogService;
import org.openbudget.budget.service.DeclaredCellService;
import org.openbudget.budget.service.LedgerService;
import org.openbudget.budget.service.tables.DerivedTable;
import org.openbudget.budget.service.tables.TableDeriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Runs the 勾稽 rule catalogue against a department-year's ledger and its derived tables. */
@ApplicationScoped
public class ValidationService {

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    static final String RULES = "rules/ledger-rules.json";
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{2}[0-9]{2}):(total|row\\[(code|name|level)=([^\\]]+)\\]):(.+)");

    @Inject
    LedgerService ledgers;

    @Inject
    TableDeriver tables;

    @Inject
    CatalogService catalogs;

    @Inject
    DeclaredCellService declared;

    private List<Rule> rules;

    @PostConstruct
    void loadRules() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RULES);
            }
            rules = List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Rule>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public record Report(String departmentCode, int fiscalYear, long revision, int errors, int warnings,
                         List<Finding> findings) {
    }

    public Report validate(String departmentCode, int fiscalYear) {
        return validate(ledgers.at(departmentCode, fiscalYear, null));
    }

    /** The findings of a ledger as it was at a snapshot's revision (what a publication of that revision shows). */
    public Report validate(LedgerService.Snapshot snapshot) {
        Ledger ledger = snapshot.ledger();
        List<LedgerLine> lines = snapshot.lines();
        Map<String, DerivedTable> derived = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case EQUAL -> equal(rule, snapshot, derived, findings);
                case CODES_IN_CATALOG -> codesInCatalog(rule, ledger, lines, findings);
                case NAMES_IN_CATALOG -> namesInCatalog(rule, ledger, lines, findings);
                case NON_NEGATIVE -> nonNegative(rule, lines, findings);
                case PROJECTS_REGISTERED -> projectsRegistered(rule, snapshot, findings);
                case VARIANCE_EXPLAINED -> variancesExplained(rule, snapshot, findings);
                case DECLARED_MATCHES_DERIVED -> declaredMatchesDerived(rule, snapshot, derived, findings);
            }
        }
        int errors = (int) findings.stream().filter(f -> f.severity() == Rule.Severity.ERROR).count();
        // what validations report, by rule and severity (docs/observability.md)
        registry.counter("openbudget_validation_runs_total").increment();
        findings.forEach(f -> registry.counter("openbudget_validation_findings_total", "rule", f.ruleId(),
                "severity", f.severity().name()).increment());
        return new Report(ledger.departmentCode, ledger.fiscalYear, ledger.revision, errors, findings.size() - errors, findings);
    }

    private void equal(Rule rule, LedgerService.Snapshot snapshot, Map<String, DerivedTable> derived, List<Finding> out) {
        BigDecimal left = sum(rule.left(), snapshot, derived);
        BigDecimal right = sum(rule.right(), snapshot, derived);
        if (left.compareTo(right) != 0) {
            out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(),
                    String.join(" + ", rule.left()) + " = " + String.join(" + ", rule.right()),
                    right.toPlainString(), left.toPlainString()));
        }
    }

    /** Whether a row selector of a declared cell or rule is well-formed (checked when it is stored). */
    public static boolean isReference(String reference) {
        return REFERENCE.matcher(reference).matches();
    }

    private BigDecimal sum(List<String> references, LedgerService.Snapshot snapshot, Map<String, DerivedTable> derived) {
        return sum(references, snapshot, derived, DisplayUnit.WAN_YUAN);
    }

    /** Adds the referenced cells of tables derived in {@code unit} (tables are cached per id and unit). */
    private BigDecimal sum(List<String> references, LedgerService.Snapshot snapshot, Map<String, DerivedTable> derived,
                           DisplayUnit unit) {
        BigDecimal total = BigDecimal.ZERO;
        for (String reference : references) {
            Matcher m = REFERENCE.matcher(reference);
            if (!m.matches()) {
                throw new IllegalStateException("malformed cell reference in " + RULES + ": " + reference);
            }
            DerivedTable table = derived.computeIfAbsent(m.group(1) + "@" + unit,
                    key -> tables.derive(m.group(1), snapshot, unit));
            DerivedTable.Row row = m.group(2).equals("total") ? table.total() : table.rows().stream()
                    .filter(r -> m.group(4).equals(switch (m.group(3)) {
                        case "code" -> r.code();
                        case "name" -> r.name();
                        default -> r.level();
                    })).findFirst().orElse(null);
            BigDecimal value = row == null ? null : row.cells().get(m.group(5));
            total = value == null ? total : total.add(value);
        }
        return total;
    }

    private void codesInCatalog(Rule rule, Ledger ledger, List<LedgerLine> lines, List<Finding> out) {
        // the same check as on entry, for lines whose catalog was revised after they were written
        CatalogService.LineCodes codes = catalogs.lineCodes(ledger.fiscalYear);
        for (LedgerLine line : lines) {
            if (line.functionCode != null) {
                codes.check(Catalog.FUNCTION, line.functionCode, "line " + line.id + " functionCode")
                        .ifPresent(v -> out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(), v.field(),
                                v.message(), line.functionCode)));
            }
            if (line.economicCode != null) {
                codes.check(Catalog.ECONOMIC, line.economicCode, "line " + line.id + " economicCode")
                        .ifPresent(v -> out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(), v.field(),
                                v.message(), line.economicCode)));
            }
        }
    }

    private void namesInCatalog(Rule rule, Ledger ledger, List<LedgerLine> lines, List<Finding> out) {
        Set<String> known = catalogs.list(Catalog.FUNCTION, ledger.fiscalYear, null).stream()
                .map(i -> i.code).collect(Collectors.toSet());
        Set<String> needed = new TreeSet<>();
        lines.stream().filter(l -> l.functionCode != null).forEach(l -> {
            needed.add(l.functionCode.substring(0, 3));
            needed.add(l.functionCode.substring(0, 5));
        });
        needed.removeAll(known);
        needed.forEach(code -> out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(),
                "支出功能分类 " + code, "a named 类/款 in the " + ledger.fiscalYear + " catalog", "missing")));
    }

    private static void nonNegative(Rule rule, List<LedgerLine> lines, List<Finding> out) {
        for (LedgerLine line : lines) {
            for (Measure measure : Measure.values()) {
                BigDecimal amount = line.amount(measure);
                if (amount != null && amount.signum() < 0) {
                    out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(),
                            "line " + line.id + " " + measure, "≥ 0", amount.toPlainString()));
                }
            }
        }
    }

    private void declaredMatchesDerived(Rule rule, LedgerService.Snapshot snapshot, Map<String, DerivedTable> derived,
                                        List<Finding> out) {
        for (DeclaredCell cell : declared.list(snapshot.ledger().id)) {
            String reference = DeclaredCell.reference(cell.tableId, cell.rowKey, cell.columnId);
            if (!isReference(reference)) {
                out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(), reference + " (" + cell.source + ")",
                        "a row selector: total, a code, name=…, level=…", "malformed"));
                continue;
            }
            BigDecimal value = sum(List.of(reference), snapshot, derived, cell.unit);
            if (value.compareTo(cell.value) != 0) {
                out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(), reference + " (" + cell.source + ")",
                        value.setScale(2).toPlainString(), cell.value.toPlainString()));
            }
        }
    }

    private void projectsRegistered(Rule rule, LedgerService.Snapshot snapshot, List<Finding> out) {
        Set<String> registered = snapshot.attributes(AttributeKind.PROJECT).keySet();
        snapshot.lines().stream().filter(l -> l.projectCode != null).map(l -> l.projectCode).distinct().sorted()
                .filter(code -> !registered.contains(code))
                .forEach(code -> out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(),
                        "project " + code, "a registered project", "not registered")));
    }

    private void variancesExplained(Rule rule, LedgerService.Snapshot snapshot, List<Finding> out) {
        Set<String> explained = snapshot.attributes(AttributeKind.EXPLANATION).keySet();
        Map<String, BigDecimal[]> byItem = new java.util.TreeMap<>();
        for (LedgerLine line : snapshot.lines()) {
            if (line.flow == Flow.EXPENDITURE && line.fundingSource == FundingSource.GENERAL_PUBLIC_BUDGET) {
                BigDecimal[] sums = byItem.computeIfAbsent(line.functionCode, c -> new BigDecimal[] {null, null});
                sums[0] = addRounded(sums[0], line.initialBudget);
                sums[1] = addRounded(sums[1], line.finalAccount);
            }
        }
        byItem.forEach((code, sums) -> {
            BigDecimal initial = sums[0] == null ? BigDecimal.ZERO.setScale(2) : sums[0];
            BigDecimal fin = sums[1];
            if (fin != null && fin.compareTo(initial) != 0 && !explained.contains("variance:FINAL_ACCOUNT:" + code)) {
                out.add(new Finding(rule.id(), rule.severity(), rule.zh(), rule.en(), "支出功能分类 " + code,
                        "an explanation variance:FINAL_ACCOUNT:" + code + " (年初预算 " + initial.toPlainString()
                                + ", 决算 " + fin.toPlainString() + ")", "missing"));
            }
        });
    }

    private static BigDecimal addRounded(BigDecimal sum, BigDecimal yuan) {
        if (yuan == null) {
            return sum;
        }
        BigDecimal wan = WanYuan.of(yuan);
        return sum == null ? wan : sum.add(wan);
    }
}
