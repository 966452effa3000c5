package org.openbudget.budget.service.tables;

import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.Flow;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.Measure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.openbudget.budget.service.tables.TableDefinition.ColumnDef;
import static org.openbudget.budget.service.tables.TableDefinition.EconomicSums.EconomicColumn;
import static org.openbudget.budget.service.tables.TableDefinition.EconomicSums.MeasureGroup;

/**
 * The public tables derived from the ledger, by id. 公开NN表 of the 决算 are {@code FA01}…{@code FA09}. Each is
 * defined here once; the computation is in {@link TableDeriver}.
 */
public final class PublicTables {

    /** 财政拨款: the three appropriation sources. */
    static final Set<FundingSource> FISCAL_APPROPRIATION = Set.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND_BUDGET, FundingSource.STATE_CAPITAL_OPERATION_BUDGET);

    /** "三公"经费 economic codes (docs/glossary.md). */
    static final String OVERSEAS_TRAVEL = "30212";
    static final String VEHICLE_PURCHASE = "31013";
    static final String VEHICLE_OPERATION = "30231";
    static final String RECEPTION = "30217";

    /** 人员经费 = 301 + 303 within 基本支出; every other class is 公用经费 (docs/glossary.md). */
    static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    private static final Predicate<LedgerLine> ALL = line -> true;
    private static final Predicate<LedgerLine> EXPENDITURE = line -> line.flow == Flow.EXPENDITURE;

    private static Predicate<LedgerLine> type(ExpenditureType type) {
        return line -> line.expenditureType == type;
    }

    private static Predicate<LedgerLine> source(FundingSource source) {
        return line -> line.fundingSource == source;
    }

    private static final List<ColumnDef> BASIC_AND_PROJECT = List.of(
            new ColumnDef("total", "合计", ALL),
            new ColumnDef("basic", "基本支出", type(ExpenditureType.BASIC)),
            new ColumnDef("project", "项目支出", type(ExpenditureType.PROJECT)));

    private static final List<EconomicColumn> THREE_PUBLIC_COLUMNS = List.of(
            new EconomicColumn("total", "合计", Set.of(OVERSEAS_TRAVEL, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION)),
            new EconomicColumn("overseasTravel", "因公出国（境）费", Set.of(OVERSEAS_TRAVEL)),
            new EconomicColumn("vehicles", "公务用车购置及运行维护费小计", Set.of(VEHICLE_PURCHASE, VEHICLE_OPERATION)),
            new EconomicColumn("vehiclePurchase", "公务用车购置费", Set.of(VEHICLE_PURCHASE)),
            new EconomicColumn("vehicleOperation", "公务用车运行维护费", Set.of(VEHICLE_OPERATION)),
            new EconomicColumn("reception", "公务接待费", Set.of(RECEPTION)));

    /** 年初预算, 全年预算 (the adjusted budget where one was set) and 决算, side by side. */
    private static final List<ColumnDef> BUDGET_AND_FINAL = List.of(
            new ColumnDef("initial", "年初预算数", ALL, Cells.measure(Measure.INITIAL_BUDGET)),
            new ColumnDef("fullYear", "全年预算数", ALL, Cells::fullYearBudget),
            new ColumnDef("final", "决算数", ALL, Cells.measure(Measure.FINAL_ACCOUNT)));

    private static List<ColumnDef> withTotal(String title, List<ColumnDef> columns) {
        List<ColumnDef> all = new java.util.ArrayList<>();
        all.add(new ColumnDef("total", title, ALL));
        all.addAll(columns);
        return List.copyOf(all);
    }

    /** 决算 income sources in the order 公开01表 prints them. */
    static final List<FundingSource> FINAL_ACCOUNT_INCOME_SOURCES = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND_BUDGET, FundingSource.STATE_CAPITAL_OPERATION_BUDGET,
            FundingSource.SUPERIOR_SUBSIDY, FundingSource.PUBLIC_SERVICE_REVENUE, FundingSource.BUSINESS_REVENUE,
            FundingSource.SUBSIDIARY_REMITTANCE, FundingSource.OTHER_REVENUE);
    static final List<FundingSource> APPROPRIATION_SOURCES = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND_BUDGET, FundingSource.STATE_CAPITAL_OPERATION_BUDGET);

    private static Predicate<LedgerLine> flow(Flow flow) {
        return line -> line.flow == flow;
    }

    private static Predicate<LedgerLine> sources(java.util.Collection<FundingSource> sources) {
        return line -> sources.contains(line.fundingSource);
    }

    public static final Map<String, TableDefinition> FINAL_ACCOUNTS = List.<TableDefinition>of(
            new TableDefinition.SummaryStatement("FA01", "收入支出决算总表", "本部门 {year} 年度无收入支出决算。",
                    FINAL_ACCOUNT_INCOME_SOURCES, false, Cells.measure(Measure.FINAL_ACCOUNT),
                    TableDefinition.SummaryStatement.Labels.FINAL_ACCOUNTS),
            new TableDefinition.FunctionTree("FA02", "收入决算表", "本部门 {year} 年度无收入决算。", flow(Flow.INCOME),
                    Cells.measure(Measure.FINAL_ACCOUNT), List.of(
                    new ColumnDef("total", "本年收入合计", ALL),
                    new ColumnDef("appropriation", "财政拨款收入", sources(APPROPRIATION_SOURCES)),
                    new ColumnDef("superiorSubsidy", "上级补助收入", source(FundingSource.SUPERIOR_SUBSIDY)),
                    new ColumnDef("publicService", "事业收入", source(FundingSource.PUBLIC_SERVICE_REVENUE)),
                    new ColumnDef("business", "经营收入", source(FundingSource.BUSINESS_REVENUE)),
                    new ColumnDef("subsidiary", "附属单位上缴收入", source(FundingSource.SUBSIDIARY_REMITTANCE)),
                    new ColumnDef("other", "其他收入", source(FundingSource.OTHER_REVENUE)))),
            new TableDefinition.FunctionTree("FA03", "支出决算表", "本部门 {year} 年度无支出决算。", EXPENDITURE,
                    Cells.measure(Measure.FINAL_ACCOUNT), List.of(
                    new ColumnDef("total", "本年支出合计", ALL),
                    new ColumnDef("basic", "基本支出", type(ExpenditureType.BASIC)),
                    new ColumnDef("project", "项目支出", type(ExpenditureType.PROJECT)),
                    new ColumnDef("remittance", "上缴上级支出", type(ExpenditureType.REMITTANCE_TO_SUPERIOR)),
                    new ColumnDef("business", "经营支出", type(ExpenditureType.BUSINESS)),
                    new ColumnDef("subsidy", "对附属单位补助支出", type(ExpenditureType.SUBSIDY_TO_SUBSIDIARY)))),
            new TableDefinition.SummaryStatement("FA04", "财政拨款收入支出决算总表",
                    "本部门 {year} 年度无财政拨款收入支出。", APPROPRIATION_SOURCES, true,
                    Cells.measure(Measure.FINAL_ACCOUNT), TableDefinition.SummaryStatement.Labels.FINAL_ACCOUNTS_APPROPRIATION),
            new TableDefinition.FunctionTree("FA05", "一般公共预算财政拨款支出决算表",
                    "本部门 {year} 年度无一般公共预算财政拨款支出。",
                    EXPENDITURE.and(source(FundingSource.GENERAL_PUBLIC_BUDGET)),
                    Cells.measure(Measure.FINAL_ACCOUNT), BASIC_AND_PROJECT),
            new TableDefinition.EconomicDetail("FA06", "一般公共预算财政拨款基本支出决算明细表",
                    "本部门 {year} 年度无一般公共预算财政拨款基本支出。",
                    EXPENDITURE.and(source(FundingSource.GENERAL_PUBLIC_BUDGET)).and(type(ExpenditureType.BASIC)),
                    Cells.measure(Measure.FINAL_ACCOUNT), PERSONNEL_CLASSES, Set.of("301", "302", "303", "310"), true, true),
            new TableDefinition.FunctionTree("FA07", "政府性基金预算财政拨款收入支出决算表",
                    "本部门 {year} 年度无政府性基金预算财政拨款收入支出。",
                    source(FundingSource.GOVERNMENT_FUND_BUDGET), Cells.measure(Measure.FINAL_ACCOUNT), List.of(
                    new ColumnDef("opening", "年初结转和结余", flow(Flow.OPENING_BALANCE)),
                    new ColumnDef("income", "本年收入", flow(Flow.INCOME)),
                    new ColumnDef("total", "本年支出小计", EXPENDITURE),
                    new ColumnDef("basic", "基本支出", EXPENDITURE.and(type(ExpenditureType.BASIC))),
                    new ColumnDef("project", "项目支出", EXPENDITURE.and(type(ExpenditureType.PROJECT))),
                    new ColumnDef("closing", "年末结转和结余", flow(Flow.CLOSING_BALANCE)))),
            new TableDefinition.FunctionTree("FA08", "国有资本经营预算财政拨款支出决算表",
                    "本部门 {year} 年度无国有资本经营预算财政拨款支出。",
                    EXPENDITURE.and(source(FundingSource.STATE_CAPITAL_OPERATION_BUDGET)), Cells.measure(Measure.FINAL_ACCOUNT),
                    BASIC_AND_PROJECT),
            new TableDefinition.EconomicSums("FA09", "财政拨款“三公”经费支出决算表",
                    "本部门 {year} 年度无财政拨款“三公”经费支出。",
                    EXPENDITURE.and(line -> FISCAL_APPROPRIATION.contains(line.fundingSource)), List.of(
                    new MeasureGroup("budget", "预算数", Cells::fullYearBudget, THREE_PUBLIC_COLUMNS),
                    new MeasureGroup("final", "决算数", Cells.measure(Measure.FINAL_ACCOUNT), THREE_PUBLIC_COLUMNS)), true),
            // not one of the nine 公开表: the figures 情况说明 五(三) quotes 项 by 项 (年初预算, 全年预算, 决算)
            new TableDefinition.FunctionTree("FA10", "一般公共预算财政拨款支出预算与决算对照表",
                    "本部门 {year} 年度无一般公共预算财政拨款支出。",
                    EXPENDITURE.and(source(FundingSource.GENERAL_PUBLIC_BUDGET)), Cells.measure(Measure.FINAL_ACCOUNT),
                    BUDGET_AND_FINAL),
            // nor this: each project's 预算数 and 决算数, as 情况说明 and the 项目支出绩效自评表 quote them
            new TableDefinition.ProjectTable("FA11", "项目支出预算与决算表", "本部门 {year} 年度无项目支出。",
                    EXPENDITURE, Cells.measure(Measure.FINAL_ACCOUNT), BUDGET_AND_FINAL))
            .stream().collect(Collectors.toMap(TableDefinition::id, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));


    static final Predicate<LedgerLine> PERSONNEL = line -> line.economicCode != null
            && PERSONNEL_CLASSES.contains(line.economicCode.substring(0, 3));

    /** 预算 income sources in the order 收支总表 prints them. */
    static final List<FundingSource> BUDGET_INCOME_SOURCES = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND_BUDGET, FundingSource.STATE_CAPITAL_OPERATION_BUDGET,
            FundingSource.FISCAL_SPECIAL_ACCOUNT, FundingSource.PUBLIC_SERVICE_REVENUE, FundingSource.BUSINESS_REVENUE,
            FundingSource.SUPERIOR_SUBSIDY, FundingSource.SUBSIDIARY_REMITTANCE, FundingSource.OTHER_REVENUE,
            FundingSource.UNIT_FUNDS);

    /** The twelve tables of the 部门预算 (seed 001) are BA01…BA10 here; 11 and 12 are performance-service's. */
    public static final Map<String, TableDefinition> BUDGET = List.<TableDefinition>of(
            new TableDefinition.SummaryStatement("BA01", "收支总表", "本部门 {year} 年无收支预算。",
                    BUDGET_INCOME_SOURCES, false, Cells.measure(Measure.INITIAL_BUDGET),
                    TableDefinition.SummaryStatement.Labels.BUDGET),
            new TableDefinition.FunctionTree("BA02", "收入总表", "本部门 {year} 年无收入预算。", flow(Flow.INCOME),
                    Cells.measure(Measure.INITIAL_BUDGET), withTotal("本年收入小计", Stream.concat(
                    // Shanghai prints 财政拨款收入 as one column, Wuhan each of its three sources
                    Stream.of(new ColumnDef("appropriation", "财政拨款收入", sources(APPROPRIATION_SOURCES))),
                    BUDGET_INCOME_SOURCES.stream()
                            .map(s -> new ColumnDef(s.name(), TableDeriver.SOURCE_NAMES.get(s), source(s)))).toList())),
            new TableDefinition.FunctionTree("BA03", "支出总表", "本部门 {year} 年无支出预算。", EXPENDITURE,
                    Cells.measure(Measure.INITIAL_BUDGET), List.of(
                    new ColumnDef("total", "合计", ALL),
                    new ColumnDef("basic", "基本支出", type(ExpenditureType.BASIC)),
                    new ColumnDef("project", "项目支出", type(ExpenditureType.PROJECT)),
                    new ColumnDef("business", "事业单位经营支出", type(ExpenditureType.BUSINESS)),
                    new ColumnDef("remittance", "上缴上级支出", type(ExpenditureType.REMITTANCE_TO_SUPERIOR)),
                    new ColumnDef("subsidy", "对附属单位补助支出", type(ExpenditureType.SUBSIDY_TO_SUBSIDIARY)))),
            new TableDefinition.SummaryStatement("BA04", "财政拨款收支总表", "本部门 {year} 年无财政拨款收支预算。",
                    APPROPRIATION_SOURCES, true, Cells.measure(Measure.INITIAL_BUDGET),
                    TableDefinition.SummaryStatement.Labels.BUDGET),
            new TableDefinition.FunctionTree("BA05", "一般公共预算支出表", "本部门 {year} 年无一般公共预算支出。",
                    EXPENDITURE.and(source(FundingSource.GENERAL_PUBLIC_BUDGET)), Cells.measure(Measure.INITIAL_BUDGET),
                    List.of(new ColumnDef("total", "合计", ALL),
                            new ColumnDef("basic", "基本支出小计", type(ExpenditureType.BASIC)),
                            new ColumnDef("personnel", "人员经费", type(ExpenditureType.BASIC).and(PERSONNEL)),
                            new ColumnDef("operating", "公用经费", type(ExpenditureType.BASIC).and(PERSONNEL.negate())),
                            new ColumnDef("project", "项目支出", type(ExpenditureType.PROJECT)))),
            new TableDefinition.EconomicDetail("BA06", "一般公共预算基本支出表", "本部门 {year} 年无一般公共预算基本支出。",
                    EXPENDITURE.and(source(FundingSource.GENERAL_PUBLIC_BUDGET)).and(type(ExpenditureType.BASIC)),
                    Cells.measure(Measure.INITIAL_BUDGET), PERSONNEL_CLASSES, Set.of(), false, false),
            new TableDefinition.EconomicSums("BA07", "一般公共预算“三公”经费支出表", "{year}年本单位无“三公”经费支出。",
                    EXPENDITURE.and(source(FundingSource.GENERAL_PUBLIC_BUDGET)), List.of(
                    new MeasureGroup("budget", "预算数", Cells.measure(Measure.INITIAL_BUDGET), THREE_PUBLIC_COLUMNS)), true),
            new TableDefinition.FunctionTree("BA08", "政府性基金预算支出表", "{year}年本单位无政府性基金预算支出。",
                    EXPENDITURE.and(source(FundingSource.GOVERNMENT_FUND_BUDGET)), Cells.measure(Measure.INITIAL_BUDGET),
                    BASIC_AND_PROJECT),
            new TableDefinition.FunctionTree("BA09", "国有资本经营预算支出表", "{year}年本单位无国有资本经营预算支出。",
                    EXPENDITURE.and(source(FundingSource.STATE_CAPITAL_OPERATION_BUDGET)),
                    Cells.measure(Measure.INITIAL_BUDGET), BASIC_AND_PROJECT),
            new TableDefinition.ProjectTable("BA10", "项目支出表", "{year}年本单位无项目支出。", EXPENDITURE,
                    Cells.measure(Measure.INITIAL_BUDGET), withTotal("合计", Stream.of(FundingSource.GENERAL_PUBLIC_BUDGET,
                    FundingSource.GOVERNMENT_FUND_BUDGET, FundingSource.STATE_CAPITAL_OPERATION_BUDGET,
                    FundingSource.FISCAL_SPECIAL_ACCOUNT, FundingSource.UNIT_FUNDS)
                    .map(s -> new ColumnDef(s.name(), TableDeriver.SOURCE_NAMES.get(s), source(s))).toList())))
            .stream().collect(Collectors.toMap(TableDefinition::id, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));

    /** Every table, 决算 and 预算, by id. */
    public static final Map<String, TableDefinition> ALL_TABLES = merge(FINAL_ACCOUNTS, BUDGET);

    private static Map<String, TableDefinition> merge(Map<String, TableDefinition> a, Map<String, TableDefinition> b) {
        Map<String, TableDefinition> all = new java.util.LinkedHashMap<>(a);
        all.putAll(b);
        return java.util.Collections.unmodifiableMap(all);
    }

    private PublicTables() {
    }
}
