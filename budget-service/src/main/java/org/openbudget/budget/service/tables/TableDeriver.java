package org.openbudget.budget.service.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.ClassificationItem;
import org.openbudget.budget.domain.ClassificationLevel;
import org.openbudget.budget.domain.ExpenditureLine;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.service.CatalogService;
import org.openbudget.budget.service.DomainException;
import org.openbudget.budget.service.LedgerService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Computes the public tables of a department-year from its ledger, under the one rounding policy. */
@ApplicationScoped
public class TableDeriver {

    /** Shown where a code is missing from the year's catalog; a validation rule reports it too. */
    static final String UNKNOWN_NAME = "（科目名称缺失）";

    @Inject
    LedgerService ledgers;

    @Inject
    CatalogService catalogs;

    public List<String> tableIds() {
        return List.copyOf(PublicTables.FINAL_ACCOUNTS.keySet());
    }

    public DerivedTable derive(String departmentCode, int fiscalYear, String tableId) {
        TableDefinition definition = PublicTables.FINAL_ACCOUNTS.get(tableId);
        if (definition == null) {
            throw DomainException.notFound("tableId", "no table " + tableId + "; tables are " + tableIds());
        }
        Ledger ledger = ledgers.get(departmentCode, fiscalYear);
        return derive(definition, ledger, ledgers.lines(ledger));
    }

    DerivedTable derive(TableDefinition definition, Ledger ledger, List<ExpenditureLine> allLines) {
        if (definition instanceof TableDefinition.FunctionTree t) {
            return functionTree(t, ledger, allLines);
        }
        if (definition instanceof TableDefinition.EconomicDetail t) {
            return economicDetail(t, ledger, allLines);
        }
        return economicSums((TableDefinition.EconomicSums) definition, ledger, allLines);
    }

    private DerivedTable functionTree(TableDefinition.FunctionTree t, Ledger ledger, List<ExpenditureLine> allLines) {
        List<ExpenditureLine> lines = inScope(allLines, t.scope(), t.amount());
        Map<String, String> names = names(Catalog.FUNCTION, ledger.fiscalYear);
        TreeSet<String> codes = new TreeSet<>();
        for (ExpenditureLine line : lines) {
            codes.add(line.functionCode.substring(0, 3));
            codes.add(line.functionCode.substring(0, 5));
            codes.add(line.functionCode);
        }
        List<DerivedTable.Column> columns = t.columns().stream()
                .map(c -> new DerivedTable.Column(c.id(), c.title())).toList();
        List<DerivedTable.Row> rows = new ArrayList<>();
        for (String code : codes) {
            ClassificationLevel level = code.length() == 3 ? ClassificationLevel.CLASS
                    : code.length() == 5 ? ClassificationLevel.SECTION : ClassificationLevel.ITEM;
            Predicate<ExpenditureLine> under = line -> line.functionCode.startsWith(code);
            rows.add(new DerivedTable.Row(code, names.getOrDefault(code, UNKNOWN_NAME), level.name(),
                    cells(t.columns(), lines, t.amount(), under)));
        }
        DerivedTable.Row total = new DerivedTable.Row(null, "合计", "TOTAL", cells(t.columns(), lines, t.amount(), l -> true));
        return table(t, ledger, columns, rows, total);
    }

    private DerivedTable economicDetail(TableDefinition.EconomicDetail t, Ledger ledger, List<ExpenditureLine> allLines) {
        List<ExpenditureLine> lines = inScope(allLines, t.scope(), t.amount());
        List<ClassificationItem> catalog = catalogs.list(Catalog.ECONOMIC, ledger.fiscalYear, null);
        TreeSet<String> classes = new TreeSet<>(t.alwaysShownClasses());
        lines.forEach(line -> classes.add(line.economicCode.substring(0, 3)));
        Map<String, String> names = catalog.stream().collect(Collectors.toMap(i -> i.code, i -> i.name));
        List<DerivedTable.Column> columns = List.of(new DerivedTable.Column("amount", "决算数"));
        List<DerivedTable.Row> rows = new ArrayList<>();
        for (boolean personnel : new boolean[] {true, false}) {
            List<String> group = classes.stream().filter(c -> t.personnelClasses().contains(c) == personnel).toList();
            for (String classCode : group) {
                rows.add(amountRow(classCode, names, ClassificationLevel.CLASS, lines, t.amount(),
                        line -> line.economicCode.startsWith(classCode)));
                TreeSet<String> sections = new TreeSet<>();
                catalog.stream().filter(i -> i.level == ClassificationLevel.SECTION && i.code.startsWith(classCode))
                        .forEach(i -> sections.add(i.code));
                lines.stream().filter(l -> l.economicCode.startsWith(classCode)).forEach(l -> sections.add(l.economicCode));
                for (String section : sections) {
                    rows.add(amountRow(section, names, ClassificationLevel.SECTION, lines, t.amount(),
                            line -> line.economicCode.equals(section)));
                }
            }
            Predicate<ExpenditureLine> inGroup = line -> group.contains(line.economicCode.substring(0, 3));
            rows.add(new DerivedTable.Row(null, personnel ? "人员经费合计" : "公用经费合计", "GROUP_TOTAL",
                    Map.of("amount", orZero(Cells.sum(lines, t.amount(), inGroup)))));
        }
        DerivedTable.Row total = new DerivedTable.Row(null, "合计", "TOTAL",
                Map.of("amount", orZero(Cells.sum(lines, t.amount(), l -> true))));
        return table(t, ledger, columns, lines.isEmpty() ? List.of() : rows, total);
    }

    private DerivedTable economicSums(TableDefinition.EconomicSums t, Ledger ledger, List<ExpenditureLine> allLines) {
        List<ExpenditureLine> lines = allLines.stream().filter(t.scope()).toList();
        List<DerivedTable.Column> columns = new ArrayList<>();
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        boolean any = false;
        for (TableDefinition.EconomicSums.MeasureGroup group : t.groups()) {
            for (TableDefinition.EconomicSums.EconomicColumn column : group.columns()) {
                String id = group.prefix() + "." + column.id();
                columns.add(new DerivedTable.Column(id, group.title() + "·" + column.title()));
                BigDecimal sum = Cells.sum(lines, group.amount(), line -> column.codes().contains(line.economicCode));
                any |= sum != null && sum.signum() != 0;
                cells.put(id, sum);
            }
        }
        DerivedTable.Row row = new DerivedTable.Row(null, "“三公”经费", "TOTAL", cells);
        return table(t, ledger, columns, any ? List.of(row) : List.of(), row);
    }

    private static List<ExpenditureLine> inScope(List<ExpenditureLine> lines, Predicate<ExpenditureLine> scope,
                                                 Function<ExpenditureLine, BigDecimal> amount) {
        return lines.stream().filter(scope).filter(l -> amount.apply(l) != null).toList();
    }

    private static Map<String, BigDecimal> cells(List<TableDefinition.ColumnDef> columns, List<ExpenditureLine> lines,
                                                 Function<ExpenditureLine, BigDecimal> amount,
                                                 Predicate<ExpenditureLine> rowFilter) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (TableDefinition.ColumnDef column : columns) {
            cells.put(column.id(), Cells.sum(lines, amount, rowFilter.and(column.filter())));
        }
        return cells;
    }

    private static DerivedTable.Row amountRow(String code, Map<String, String> names, ClassificationLevel level,
                                              List<ExpenditureLine> lines, Function<ExpenditureLine, BigDecimal> amount,
                                              Predicate<ExpenditureLine> filter) {
        return new DerivedTable.Row(code, names.getOrDefault(code, UNKNOWN_NAME), level.name(),
                Map.of("amount", orZero(Cells.sum(lines, amount, filter))));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    private Map<String, String> names(Catalog catalog, int fiscalYear) {
        return catalogs.list(catalog, fiscalYear, null).stream().collect(Collectors.toMap(i -> i.code, i -> i.name));
    }

    private static DerivedTable table(TableDefinition t, Ledger ledger, List<DerivedTable.Column> columns,
                                      List<DerivedTable.Row> rows, DerivedTable.Row total) {
        return new DerivedTable(t.id(), t.title(), ledger.departmentCode, ledger.fiscalYear, ledger.revision, "万元",
                columns, rows, total, rows.isEmpty() ? t.emptyNote().replace("{year}", Integer.toString(ledger.fiscalYear)) : null);
    }
}
