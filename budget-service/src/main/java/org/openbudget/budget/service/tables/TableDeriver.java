package org.openbudget.budget.service.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.budget.domain.AttributeKind;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.DisplayUnit;
import org.openbudget.budget.domain.ClassificationItem;
import org.openbudget.budget.domain.ClassificationLevel;
import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.Flow;
import org.openbudget.budget.domain.UnitType;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.LedgerLine;
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

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    public List<String> tableIds() {
        return List.copyOf(PublicTables.ALL_TABLES.keySet());
    }

    /** The table at a past revision (null: the current one), so that a consumer never mixes revisions. */
    public DerivedTable derive(String departmentCode, int fiscalYear, String tableId, Long revision, DisplayUnit unit) {
        if (!PublicTables.ALL_TABLES.containsKey(tableId)) {
            throw DomainException.notFound("tableId", "no table " + tableId + "; tables are " + tableIds());
        }
        return derive(tableId, ledgers.at(departmentCode, fiscalYear, revision), unit);
    }

    /** A table from a snapshot already taken, so that several tables come from the very same revision. */
    public DerivedTable derive(String tableId, LedgerService.Snapshot snapshot) {
        return derive(tableId, snapshot, DisplayUnit.WAN_YUAN);
    }

    public DerivedTable derive(String tableId, LedgerService.Snapshot snapshot, DisplayUnit unit) {
        TableDefinition definition = PublicTables.ALL_TABLES.get(tableId);
        if (definition == null) {
            throw DomainException.notFound("tableId", "no table " + tableId + "; tables are " + tableIds());
        }
        return derive(unit, definition, snapshot);
    }

    DerivedTable derive(DisplayUnit unit, TableDefinition definition, LedgerService.Snapshot snapshot) {
        Ledger ledger = snapshot.ledger();
        List<LedgerLine> allLines = snapshot.lines();
        if (definition instanceof TableDefinition.FunctionTree t) {
            return functionTree(unit, t, ledger, allLines);
        }
        if (definition instanceof TableDefinition.SummaryStatement t) {
            return summaryStatement(unit, t, ledger, allLines);
        }
        if (definition instanceof TableDefinition.ProjectTable t) {
            return projectTable(unit, t, snapshot);
        }
        if (definition instanceof TableDefinition.EconomicDetail t) {
            return economicDetail(unit, t, ledger, allLines);
        }
        return economicSums(unit, (TableDefinition.EconomicSums) definition, ledger, allLines, snapshot.unitType());
    }

    private DerivedTable functionTree(DisplayUnit unit, TableDefinition.FunctionTree t, Ledger ledger, List<LedgerLine> allLines) {
        List<LedgerLine> lines = inScope(allLines, t.scope(), anyColumn(t.columns(), t.amount()));
        Map<String, String> names = names(Catalog.FUNCTION, ledger.fiscalYear);
        // each row sums the lines under its code (类, 款 or 项): lines are grouped by their three prefixes once, so a
        // row reads only its own lines (summing all lines per row took seconds for a 100,000-line ledger)
        java.util.TreeMap<String, List<LedgerLine>> under = new java.util.TreeMap<>();
        for (LedgerLine line : lines) {
            if (line.functionCode == null) {
                continue; // a carry-over kept by source only: counted in the total row
            }
            for (String code : new java.util.LinkedHashSet<>(List.of(line.functionCode.substring(0, 3),
                    line.functionCode.substring(0, 5), line.functionCode))) {
                under.computeIfAbsent(code, c -> new ArrayList<>()).add(line);
            }
        }
        List<DerivedTable.Column> columns = t.columns().stream()
                .map(c -> new DerivedTable.Column(c.id(), c.title())).toList();
        List<DerivedTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<LedgerLine>> entry : under.entrySet()) {
            String code = entry.getKey();
            ClassificationLevel level = code.length() == 3 ? ClassificationLevel.CLASS
                    : code.length() == 5 ? ClassificationLevel.SECTION : ClassificationLevel.ITEM;
            rows.add(new DerivedTable.Row(code, names.getOrDefault(code, UNKNOWN_NAME), level.name(),
                    cells(unit, t.columns(), entry.getValue(), t.amount(), l -> true)));
        }
        DerivedTable.Row total = new DerivedTable.Row(null, "合计", "TOTAL", cells(unit, t.columns(), lines, t.amount(), l -> true));
        return table(unit, t, ledger, columns, rows, total);
    }

    private DerivedTable summaryStatement(DisplayUnit unit, TableDefinition.SummaryStatement t, Ledger ledger, List<LedgerLine> allLines) {
        // an appropriation statement covers its sources only; a full statement covers every line, so that its totals
        // always equal the other tables' (a source it does not list gets its own income row)
        List<LedgerLine> lines = allLines.stream()
                .filter(l -> !t.splitExpenditureBySource() || t.incomeSources().contains(l.fundingSource))
                .filter(l -> t.amount().apply(l) != null).toList();
        List<DerivedTable.Column> columns = new ArrayList<>();
        columns.add(new DerivedTable.Column("total", t.splitExpenditureBySource() ? "小计" : "决算数"));
        if (t.splitExpenditureBySource()) {
            t.incomeSources().forEach(s -> columns.add(new DerivedTable.Column(s.name(), SOURCE_NAMES.get(s))));
        }
        List<DerivedTable.Row> rows = new ArrayList<>();
        for (FundingSource source : t.incomeSources()) {
            rows.add(summaryRow(unit, source.name(), SOURCE_NAMES.get(source) + "收入", "INCOME", columns, lines, t.amount(),
                    l -> l.flow == Flow.INCOME && l.fundingSource == source));
        }
        lines.stream().filter(l -> l.flow == Flow.INCOME && !t.incomeSources().contains(l.fundingSource))
                .map(l -> l.fundingSource).distinct().sorted().forEach(source -> rows.add(summaryRow(unit, source.name(),
                        SOURCE_NAMES.get(source) + "收入", "INCOME", columns, lines, t.amount(),
                        l -> l.flow == Flow.INCOME && l.fundingSource == source)));
        rows.add(summaryRow(unit, null, "本年收入合计", "INCOME_TOTAL", columns, lines, t.amount(), l -> l.flow == Flow.INCOME));
        TableDefinition.SummaryStatement.Labels labels = t.labels();
        if (labels.nonFiscalSurplus() != null) {
            rows.add(summaryRow(unit, null, labels.nonFiscalSurplus(), "INCOME_BALANCE", columns, lines, t.amount(),
                    l -> l.flow == Flow.NON_FISCAL_SURPLUS_USED));
        }
        rows.add(summaryRow(unit, null, labels.opening(), "INCOME_BALANCE", columns, lines, t.amount(),
                l -> l.flow == Flow.OPENING_BALANCE));
        // 总计 adds exactly the rows shown above it
        boolean nonFiscalShown = labels.nonFiscalSurplus() != null;
        rows.add(summaryRow(unit, null, "总计", "INCOME_GRAND_TOTAL", columns, lines, t.amount(), l -> l.flow == Flow.INCOME
                || nonFiscalShown && l.flow == Flow.NON_FISCAL_SURPLUS_USED || l.flow == Flow.OPENING_BALANCE));

        Map<String, String> names = names(Catalog.FUNCTION, ledger.fiscalYear);
        TreeSet<String> classes = new TreeSet<>();
        catalogs.list(Catalog.FUNCTION, ledger.fiscalYear, ClassificationLevel.CLASS).forEach(i -> classes.add(i.code));
        lines.stream().filter(l -> l.flow == Flow.EXPENDITURE).forEach(l -> classes.add(l.functionCode.substring(0, 3)));
        for (String classCode : classes) {
            rows.add(summaryRow(unit, classCode, names.getOrDefault(classCode, UNKNOWN_NAME), "EXPENDITURE", columns, lines,
                    t.amount(), l -> l.flow == Flow.EXPENDITURE && l.functionCode.startsWith(classCode)));
        }
        rows.add(summaryRow(unit, null, "本年支出合计", "EXPENDITURE_TOTAL", columns, lines, t.amount(),
                l -> l.flow == Flow.EXPENDITURE));
        if (labels.surplusDistribution() != null) {
            rows.add(summaryRow(unit, null, labels.surplusDistribution(), "EXPENDITURE_BALANCE", columns, lines, t.amount(),
                    l -> l.flow == Flow.SURPLUS_DISTRIBUTION));
        }
        rows.add(summaryRow(unit, null, labels.closing(), "EXPENDITURE_BALANCE", columns, lines, t.amount(),
                l -> l.flow == Flow.CLOSING_BALANCE));
        boolean distributionShown = labels.surplusDistribution() != null;
        DerivedTable.Row total = summaryRow(unit, null, "总计", "EXPENDITURE_GRAND_TOTAL", columns, lines, t.amount(),
                l -> l.flow == Flow.EXPENDITURE || distributionShown && l.flow == Flow.SURPLUS_DISTRIBUTION
                        || l.flow == Flow.CLOSING_BALANCE);
        return table(unit, t, ledger, columns, lines.isEmpty() ? List.of() : rows, total);
    }

    /** A row whose "total" column adds every matching line and whose per-source columns (if any) split it. */
    private static DerivedTable.Row summaryRow(DisplayUnit unit, String code, String name, String kind, List<DerivedTable.Column> columns,
                                               List<LedgerLine> lines, Function<LedgerLine, BigDecimal> amount,
                                               Predicate<LedgerLine> filter) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (DerivedTable.Column column : columns) {
            Predicate<LedgerLine> inColumn = column.id().equals("total") ? filter
                    : filter.and(l -> l.fundingSource.name().equals(column.id()));
            cells.put(column.id(), Cells.sum(unit, lines, amount, inColumn));
        }
        return new DerivedTable.Row(code, name, kind, cells);
    }

    /** The printed names of the funding sources (docs/glossary.md). */
    static final Map<FundingSource, String> SOURCE_NAMES = Map.of(
            FundingSource.GENERAL_PUBLIC_BUDGET, "一般公共预算财政拨款",
            FundingSource.GOVERNMENT_FUND_BUDGET, "政府性基金预算财政拨款",
            FundingSource.STATE_CAPITAL_OPERATION_BUDGET, "国有资本经营预算财政拨款",
            FundingSource.FISCAL_SPECIAL_ACCOUNT, "财政专户管理资金",
            FundingSource.SUPERIOR_SUBSIDY, "上级补助",
            FundingSource.PUBLIC_SERVICE_REVENUE, "事业",
            FundingSource.BUSINESS_REVENUE, "经营",
            FundingSource.SUBSIDIARY_REMITTANCE, "附属单位上缴",
            FundingSource.UNIT_FUNDS, "单位资金",
            FundingSource.OTHER_REVENUE, "其他");

    private DerivedTable economicDetail(DisplayUnit unit, TableDefinition.EconomicDetail t, Ledger ledger, List<LedgerLine> allLines) {
        List<LedgerLine> lines = inScope(allLines, t.scope(), t.amount());
        List<ClassificationItem> catalog = catalogs.list(Catalog.ECONOMIC, ledger.fiscalYear, null);
        TreeSet<String> classes = new TreeSet<>(t.alwaysShownClasses());
        lines.forEach(line -> classes.add(line.economicCode.substring(0, 3)));
        Map<String, String> names = catalog.stream().collect(Collectors.toMap(i -> i.code, i -> i.name));
        List<DerivedTable.Column> columns = List.of(new DerivedTable.Column("amount", "合计"),
                new DerivedTable.Column("personnel", "人员经费"), new DerivedTable.Column("operating", "公用经费"));
        List<DerivedTable.Row> rows = new ArrayList<>();
        for (boolean personnel : new boolean[] {true, false}) {
            List<String> group = classes.stream().filter(c -> t.personnelClasses().contains(c) == personnel).toList();
            for (String classCode : group) {
                rows.add(amountRow(unit, classCode, names, ClassificationLevel.CLASS, lines, t.amount(),
                        line -> line.economicCode.startsWith(classCode), personnel));
                TreeSet<String> sections = new TreeSet<>();
                if (t.listEverySection()) {
                    catalog.stream().filter(i -> i.level == ClassificationLevel.SECTION && i.code.startsWith(classCode))
                            .forEach(i -> sections.add(i.code));
                }
                lines.stream().filter(l -> l.economicCode.startsWith(classCode)).forEach(l -> sections.add(l.economicCode));
                for (String section : sections) {
                    rows.add(amountRow(unit, section, names, ClassificationLevel.SECTION, lines, t.amount(),
                            line -> line.economicCode.equals(section), personnel));
                }
            }
            if (t.groupTotals()) {
                Predicate<LedgerLine> inGroup = line -> group.contains(line.economicCode.substring(0, 3));
                BigDecimal groupTotal = orZero(Cells.sum(unit, lines, t.amount(), inGroup));
                rows.add(new DerivedTable.Row(null, personnel ? "人员经费合计" : "公用经费合计", "GROUP_TOTAL",
                        split(groupTotal, personnel)));
            }
        }
        Predicate<LedgerLine> personnelLine = l -> t.personnelClasses().contains(l.economicCode.substring(0, 3));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("amount", orZero(Cells.sum(unit, lines, t.amount(), l -> true)));
        totals.put("personnel", Cells.sum(unit, lines, t.amount(), personnelLine));
        totals.put("operating", Cells.sum(unit, lines, t.amount(), personnelLine.negate()));
        DerivedTable.Row total = new DerivedTable.Row(null, "合计", "TOTAL", totals);
        return table(unit, t, ledger, columns, lines.isEmpty() ? List.of() : rows, total);
    }

    private DerivedTable economicSums(DisplayUnit unit, TableDefinition.EconomicSums t, Ledger ledger, List<LedgerLine> allLines,
                                      UnitType snapshotUnitType) {
        List<LedgerLine> lines = allLines.stream().filter(t.scope()).toList();
        List<DerivedTable.Column> columns = new ArrayList<>();
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        boolean any = false;
        for (TableDefinition.EconomicSums.MeasureGroup group : t.groups()) {
            for (TableDefinition.EconomicSums.EconomicColumn column : group.columns()) {
                String id = group.prefix() + "." + column.id();
                columns.add(new DerivedTable.Column(id, group.title() + "·" + column.title()));
                BigDecimal sum = Cells.sum(unit, lines, group.amount(), line -> column.codes().contains(line.economicCode));
                any |= sum != null && sum.signum() != 0;
                cells.put(id, sum);
            }
            if (t.agencyOperatingColumn()) {
                String id = group.prefix() + ".agencyOperating";
                columns.add(new DerivedTable.Column(id, group.title() + "·机关运行经费"));
                boolean agency = snapshotUnitType == UnitType.ADMINISTRATIVE
                        || snapshotUnitType == UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION;
                cells.put(id, agency ? Cells.sum(unit, allLines, group.amount(), line -> line.flow == Flow.EXPENDITURE
                        && line.fundingSource == FundingSource.GENERAL_PUBLIC_BUDGET
                        && line.expenditureType == ExpenditureType.BASIC && !PublicTables.PERSONNEL.test(line)) : null);
            }
        }
        DerivedTable.Row row = new DerivedTable.Row(null, "“三公”经费", "TOTAL", cells);
        return table(unit, t, ledger, columns, any ? List.of(row) : List.of(), row);
    }

    private static List<LedgerLine> inScope(List<LedgerLine> lines, Predicate<LedgerLine> scope,
                                                 Function<LedgerLine, BigDecimal> amount) {
        return lines.stream().filter(scope).filter(l -> amount.apply(l) != null).toList();
    }

    /** The first amount any column reads from a line, so a line with any figure of the table is in scope. */
    private static Function<LedgerLine, BigDecimal> anyColumn(List<TableDefinition.ColumnDef> columns,
                                                             Function<LedgerLine, BigDecimal> tableAmount) {
        return line -> {
            for (TableDefinition.ColumnDef column : columns) {
                BigDecimal value = column.amountOr(tableAmount).apply(line);
                if (value != null) {
                    return value;
                }
            }
            return null;
        };
    }

    private static Map<String, BigDecimal> cells(DisplayUnit unit, List<TableDefinition.ColumnDef> columns, List<LedgerLine> lines,
                                                 Function<LedgerLine, BigDecimal> amount,
                                                 Predicate<LedgerLine> rowFilter) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (TableDefinition.ColumnDef column : columns) {
            cells.put(column.id(), Cells.sum(unit, lines, column.amountOr(amount), rowFilter.and(column.filter())));
        }
        return cells;
    }

    /** An economic row: its amount, repeated in the 人员经费 or the 公用经费 column by its class. */
    private static DerivedTable.Row amountRow(DisplayUnit unit, String code, Map<String, String> names, ClassificationLevel level,
                                              List<LedgerLine> lines, Function<LedgerLine, BigDecimal> amount,
                                              Predicate<LedgerLine> filter, boolean personnel) {
        return new DerivedTable.Row(code, names.getOrDefault(code, UNKNOWN_NAME), level.name(),
                split(orZero(Cells.sum(unit, lines, amount, filter)), personnel));
    }

    private static Map<String, BigDecimal> split(BigDecimal amount, boolean personnel) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        cells.put("amount", amount);
        cells.put("personnel", personnel ? amount : null);
        cells.put("operating", personnel ? null : amount);
        return cells;
    }

    private DerivedTable projectTable(DisplayUnit unit, TableDefinition.ProjectTable t, LedgerService.Snapshot snapshot) {
        Ledger ledger = snapshot.ledger();
        List<LedgerLine> lines = inScope(snapshot.lines(), t.scope(), anyColumn(t.columns(), t.amount())).stream()
                .filter(l -> l.projectCode != null).toList();
        Map<String, com.fasterxml.jackson.databind.JsonNode> projects = new LinkedHashMap<>();
        snapshot.attributes(AttributeKind.PROJECT).forEach((code, value) -> projects.put(code, readJson(value)));
        List<DerivedTable.Column> columns = t.columns().stream()
                .map(c -> new DerivedTable.Column(c.id(), c.title())).toList();
        List<DerivedTable.Row> rows = new ArrayList<>();
        String[][] groups = {{"PERSONNEL", "1", "人员经费"}, {"OPERATIONS", "2", "公用经费"}, {"SPECIFIC_PURPOSE", "3", "项目支出"},
                {"", "4", "未登记项目"}};
        // each project row reads only its own lines (grouped once), not every line of the ledger
        Map<String, List<LedgerLine>> byProject = lines.stream()
                .collect(Collectors.groupingBy(l -> l.projectCode, java.util.TreeMap::new, Collectors.toList()));
        for (String[] group : groups) {
            List<String> codes = byProject.keySet().stream()
                    .filter(code -> group[0].equals(categoryOf(projects.get(code)))).toList();
            if (codes.isEmpty()) {
                continue;
            }
            List<LedgerLine> groupLines = codes.stream().flatMap(code -> byProject.get(code).stream()).toList();
            rows.add(new DerivedTable.Row(group[1], group[2], "PROJECT_CATEGORY",
                    cells(unit, t.columns(), groupLines, t.amount(), l -> true)));
            for (String code : codes) {
                com.fasterxml.jackson.databind.JsonNode project = projects.get(code);
                String name = project == null ? UNKNOWN_PROJECT : project.path("name").asText(UNKNOWN_PROJECT);
                rows.add(new DerivedTable.Row(code, name, "PROJECT",
                        cells(unit, t.columns(), byProject.get(code), t.amount(), l -> true)));
            }
        }
        DerivedTable.Row total = new DerivedTable.Row(null, "合计", "TOTAL", cells(unit, t.columns(), lines, t.amount(), l -> true));
        return table(unit, t, ledger, columns, rows, total);
    }

    static final String UNKNOWN_PROJECT = "（项目未登记）";

    private static String categoryOf(com.fasterxml.jackson.databind.JsonNode project) {
        return project == null ? "" : project.path("category").asText("");
    }

    private com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored project is not JSON", e);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    private Map<String, String> names(Catalog catalog, int fiscalYear) {
        return catalogs.list(catalog, fiscalYear, null).stream().collect(Collectors.toMap(i -> i.code, i -> i.name));
    }

    private static DerivedTable table(DisplayUnit unit, TableDefinition t, Ledger ledger, List<DerivedTable.Column> columns,
                                      List<DerivedTable.Row> rows, DerivedTable.Row total) {
        return new DerivedTable(t.id(), t.title(), ledger.departmentCode, ledger.fiscalYear, ledger.revision, unit.label,
                columns, rows, total, rows.isEmpty() ? t.emptyNote().replace("{year}", Integer.toString(ledger.fiscalYear)) : null);
    }
}
