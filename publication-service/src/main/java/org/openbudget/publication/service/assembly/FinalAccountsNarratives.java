package org.openbudget.publication.service.assembly;

import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Formats;
import org.openbudget.publication.document.Paragraph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 情况说明 of a 部门决算 (README §1, seeds 000 and 002; Putuo's layout reuses them). Each method is one
 * explanation, named by the id a layout refers to; every figure comes from the derived tables of one revision.
 */
final class FinalAccountsNarratives {

    private FinalAccountsNarratives() {
    }

    static Map<String, Function<Inputs, List<Block>>> all() {
        Map<String, Function<Inputs, List<Block>>> all = new LinkedHashMap<>();
        all.put("final.overall", FinalAccountsNarratives::overall);
        all.put("final.income", FinalAccountsNarratives::income);
        all.put("final.expenditure", FinalAccountsNarratives::expenditure);
        all.put("final.appropriation", FinalAccountsNarratives::appropriation);
        all.put("final.general-budget", FinalAccountsNarratives::generalBudget);
        all.put("final.basic", FinalAccountsNarratives::basic);
        all.put("final.government-fund", in -> emptyOr(in, "FA07", "final.government-fund", "政府性基金预算财政拨款支出",
                "本单位当年无政府性基金预算财政拨款收入支出。"));
        all.put("final.state-capital", in -> emptyOr(in, "FA08", "final.state-capital", "国有资本经营预算财政拨款支出",
                "本单位当年无国有资本经营预算财政拨款支出。"));
        all.put("final.three-public", FinalAccountsNarratives::threePublic);
        all.put("final.agency-operating", in -> List.of(CommonNarratives.agencyOperating(in, "final.agency-operating", "FA09", "final")));
        all.put("final.procurement", in -> List.of(CommonNarratives.procurement(in, "final.procurement")));
        all.put("final.assets", in -> List.of(CommonNarratives.assets(in, "final.assets")));
        all.put("final.performance", in -> CommonNarratives.performance(in, "final.performance"));
        all.put("final.other-matters", in -> {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Paragraph.of("final.other-matters.h1", "（一）机关运行经费支出情况"));
            blocks.add(CommonNarratives.agencyOperating(in, "final.other-matters.agency-operating", "FA09", "final", true));
            blocks.add(Paragraph.of("final.other-matters.h2", "（二）政府采购支出情况"));
            blocks.add(CommonNarratives.procurement(in, "final.other-matters.procurement"));
            blocks.add(Paragraph.of("final.other-matters.h3", "（三）国有资产占用情况"));
            blocks.add(CommonNarratives.assets(in, "final.other-matters.assets"));
            return blocks;
        });
        return all;
    }

    private static List<Block> overall(Inputs in) {
        SourceTable fa01 = in.table("FA01");
        BigDecimal total = fa01.totalOf("total");
        Prose p = Prose.paragraph("final.overall").text(in.year() + " 年度收、支总计均为 ").amount("FA01.total", total);
        Optional<BigDecimal> prior = in.priorTotal("FA01", "total");
        yearOnYear(p, in, "与 " + (in.year() - 1) + " 年度相比，收、支总计各", "FA01.total", total, prior, "yoy:total");
        return List.of(p.build());
    }

    /** "，与上年相比，X增加 … ，主要原因是……。" or "。" when the prior year is not on the platform. */
    static void yearOnYear(Prose p, Inputs in, String lead, String key, BigDecimal current, Optional<BigDecimal> prior,
                           String subject) {
        if (prior.isEmpty()) {
            p.text("。");
            return;
        }
        p.text("。" + lead);
        if (p.change(key + ".yoy", current, prior.get())) {
            p.text("，主要原因是").explanation(in.current().explanation(subject), subject);
        }
        p.text("。");
    }

    private static List<Block> income(Inputs in) {
        SourceTable fa01 = in.table("FA01");
        BigDecimal income = Inputs.statementRow(fa01, "INCOME_TOTAL");
        Prose p = Prose.paragraph("final.income").text(in.year() + " 年度收入合计 ").amount("FA01.income", income);
        yearOnYear(p, in, "与 " + (in.year() - 1) + " 年度相比，收入合计", "FA01.income", income,
                in.priorFigures().cell("FA01", PriorYearFigures.At.rowOfKind("INCOME_TOTAL", "total")), "yoy:income");
        List<Row> sources = fa01.rows().stream().filter(r -> "INCOME".equals(r.level()) && r.amount("total").signum() != 0).toList();
        if (!sources.isEmpty()) {
            p.text("其中：");
            for (int i = 0; i < sources.size(); i++) {
                Row r = sources.get(i);
                p.text((i == 0 ? "" : "；") + r.name() + " ").amount("FA01." + r.code(), r.amount("total"))
                        .text("，占本年收入 ").share("FA01." + r.code() + ".share", r.amount("total"), income);
            }
            p.text("。");
        }
        return List.of(p.build());
    }

    private static List<Block> expenditure(Inputs in) {
        SourceTable fa03 = in.table("FA03");
        BigDecimal total = fa03.totalOf("total");
        Prose p = Prose.paragraph("final.expenditure").text(in.year() + " 年度支出合计 ").amount("FA03.total", total);
        yearOnYear(p, in, "与 " + (in.year() - 1) + " 年度相比，支出合计", "FA03.total", total,
                in.priorTotal("FA03", "total"), "yoy:expenditure");
        List<String> parts = new ArrayList<>();
        fa03.columns().stream().filter(c -> !c.id().equals("total") && fa03.totalOf(c.id()).signum() != 0)
                .forEach(c -> parts.add(c.id()));
        if (!parts.isEmpty()) {
            p.text("其中：");
            for (int i = 0; i < parts.size(); i++) {
                String column = parts.get(i);
                String title = fa03.columns().stream().filter(c -> c.id().equals(column)).findFirst().orElseThrow().title();
                p.text((i == 0 ? "" : "；") + title + " ").amount("FA03.total." + column, fa03.totalOf(column))
                        .text("，占本年支出 ").share("FA03.total." + column + ".share", fa03.totalOf(column), total);
            }
            p.text("。");
        }
        return List.of(p.build());
    }

    private static List<Block> appropriation(Inputs in) {
        SourceTable fa04 = in.table("FA04");
        BigDecimal total = fa04.totalOf("total");
        Prose p = Prose.paragraph("final.appropriation").text(in.year() + " 年度财政拨款收、支总计 ").amount("FA04.total", total);
        yearOnYear(p, in, "与 " + (in.year() - 1) + " 年度相比，财政拨款收、支总计各", "FA04.total", total,
                in.priorTotal("FA04", "total"), "yoy:appropriation");
        List<Row> sources = fa04.rows().stream().filter(r -> "INCOME".equals(r.level()) && r.amount("total").signum() != 0).toList();
        List<Block> blocks = new ArrayList<>(List.of(p.build()));
        if (!sources.isEmpty()) {
            Prose q = Prose.paragraph("final.appropriation.sources").text(in.year() + " 年度财政拨款收入中，");
            for (int i = 0; i < sources.size(); i++) {
                Row r = sources.get(i);
                q.text((i == 0 ? "" : "，") + r.name() + " ").amount("FA04." + r.code(), r.amount("total"));
            }
            q.text("。");
            blocks.add(q.build());
        }
        return blocks;
    }

    private static List<Block> generalBudget(Inputs in) {
        SourceTable fa05 = in.table("FA05");
        SourceTable budgets = in.table("FA10");
        BigDecimal total = fa05.totalOf("total");
        BigDecimal all = in.table("FA03").totalOf("total");
        List<Block> blocks = new ArrayList<>();
        if (fa05.isEmpty()) {
            blocks.add(Paragraph.of("final.general-budget", fa05.emptyNote()));
            return blocks;
        }
        blocks.add(Paragraph.of("final.general-budget.h1", "（一）一般公共预算财政拨款支出决算总体情况"));
        Prose overall = Prose.paragraph("final.general-budget.overall").text(in.year() + " 年度一般公共预算财政拨款支出 ")
                .amount("FA05.total", total).text("，占本年支出合计的 ").share("FA05.total.share", total, all);
        yearOnYear(overall, in, "与 " + (in.year() - 1) + " 年度相比，一般公共预算财政拨款支出", "FA05.total", total,
                in.priorTotal("FA05", "total"), "yoy:general-budget");
        blocks.add(overall.build());

        blocks.add(Paragraph.of("final.general-budget.h2", "（二）一般公共预算财政拨款支出决算结构情况"));
        Prose structure = Prose.paragraph("final.general-budget.structure").text(in.year() + " 年度一般公共预算财政拨款支出 ")
                .amount("FA05.total", total).text("，主要用于以下方面：");
        blocks.add(structure.build());
        List<Row> classes = fa05.rows().stream().filter(r -> "CLASS".equals(r.level())).toList();
        for (int i = 0; i < classes.size(); i++) {
            Row c = classes.get(i);
            Prose line = Prose.paragraph("final.general-budget.class." + c.code()).text((i + 1) + ". " + c.name() + "（类）支出 ")
                    .amount("FA05." + c.code(), c.amount("total")).text("，占 ").share("FA05." + c.code() + ".share", c.amount("total"), total)
                    .text("。主要是用于 ");
            List<Row> items = items(fa05, c.code());
            for (int j = 0; j < items.size(); j++) {
                Row item = items.get(j);
                line.text((j == 0 ? "" : "、") + item.code() + " " + item.name() + "科目支出 ").amount("FA05." + item.code(), item.amount("total"));
            }
            blocks.add(line.text("。").build());
        }

        blocks.add(Paragraph.of("final.general-budget.h3", "（三）一般公共预算财政拨款支出决算具体情况"));
        BigDecimal initialTotal = budgets.totalOf("initial");
        Prose detail = Prose.paragraph("final.general-budget.detail").text(in.year() + " 年度一般公共预算财政拨款支出年初预算为 ")
                .amount("FA10.total.initial", initialTotal).text("，支出决算为 ").amount("FA05.total", total);
        if (initialTotal.signum() != 0) {
            detail.text("，完成年初预算的 ").share("FA05.total.completion", total, initialTotal);
        }
        detail.text("。其中：基本支出 ").amount("FA05.total.basic", fa05.totalOf("basic")).text("，项目支出 ")
                .amount("FA05.total.project", fa05.totalOf("project")).text("。");
        blocks.add(detail.build());
        List<Row> items = fa05.rows().stream().filter(r -> "ITEM".equals(r.level())).toList();
        for (int i = 0; i < items.size(); i++) {
            Row item = items.get(i);
            BigDecimal budget = budgets.row(item.code()).map(r -> r.amount("initial")).orElse(BigDecimal.ZERO);
            BigDecimal actual = item.amount("total");
            String subject = "variance:FINAL_ACCOUNT:" + item.code();
            Prose p = Prose.paragraph("final.general-budget.item." + item.code()).text((i + 1) + ". " + path(fa05, item) + item.code()
                    + "科目。年初预算为 ").amount("FA10." + item.code() + ".initial", budget).text("，支出决算为 ").amount("FA05." + item.code(), actual);
            if (budget.signum() != 0) {
                p.text("，完成年初预算的 ").share("FA05." + item.code() + ".completion", actual, budget);
            }
            if (actual.compareTo(budget) != 0) {
                p.text("，支出决算数" + Prose.comparison(actual, budget) + "年初预算数的主要原因：")
                        .explanation(in.current().explanation(subject), subject);
            }
            blocks.add(p.text("。").build());
        }
        return blocks;
    }

    /** "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）" of an item row. */
    private static String path(SourceTable table, Row item) {
        String classCode = item.code().substring(0, 3);
        String sectionCode = item.code().substring(0, 5);
        String className = table.row(classCode).map(Row::name).orElse(classCode);
        String sectionName = table.row(sectionCode).map(Row::name).orElse(sectionCode);
        return className + "（类）" + sectionName + "（款）" + item.name() + "（项）";
    }

    private static List<Row> items(SourceTable table, String classCode) {
        return table.rows().stream().filter(r -> "ITEM".equals(r.level()) && r.code().startsWith(classCode)
                && r.amount("total").signum() != 0).toList();
    }

    private static List<Block> basic(Inputs in) {
        SourceTable fa06 = in.table("FA06");
        if (fa06.isEmpty()) {
            return List.of(Paragraph.of("final.basic", fa06.emptyNote()));
        }
        BigDecimal personnel = fa06.totalOf("personnel");
        BigDecimal operating = fa06.totalOf("operating");
        Prose p = Prose.paragraph("final.basic").text(in.year() + "年度一般公共预算财政拨款基本支出 ")
                .amount("FA06.total", fa06.totalOf("amount")).text("，其中：");
        Prose q = Prose.paragraph("final.basic.personnel").text("人员经费 ").amount("FA06.total.personnel", personnel)
                .text("，主要包括：" + names(fa06, "personnel") + "。");
        Prose r = Prose.paragraph("final.basic.operating").text("公用经费 ").amount("FA06.total.operating", operating)
                .text("，主要包括：" + names(fa06, "operating") + "。");
        return List.of(p.build(), q.build(), r.build());
    }

    /** The names of the 款 with a figure in one column of an economic detail table. */
    static String names(SourceTable table, String column) {
        return table.rows().stream().filter(r -> r.code() != null && r.code().length() == 5 && r.amount(column).signum() != 0)
                .map(Row::name).collect(Collectors.joining("、"));
    }

    static List<Block> emptyOr(Inputs in, String tableId, String id, String what, String none) {
        SourceTable table = in.table(tableId);
        if (table.isEmpty()) {
            return List.of(Paragraph.of(id, none));
        }
        String column = table.columns().stream().anyMatch(c -> c.id().equals("total")) ? "total" : table.columns().get(0).id();
        Prose p = Prose.paragraph(id).text(in.year() + " 年度" + what + " ").amount(tableId + ".total", table.totalOf(column));
        yearOnYear(p, in, "与 " + (in.year() - 1) + " 年度相比", tableId + ".total", table.totalOf(column),
                in.priorTotal(tableId, column), "yoy:" + id.substring(id.indexOf('.') + 1));
        return List.of(p.build());
    }

    private static List<Block> threePublic(Inputs in) {
        SourceTable fa09 = in.table("FA09");
        List<Block> blocks = new ArrayList<>();
        BigDecimal budget = fa09.totalOf("budget.total");
        BigDecimal actual = fa09.totalOf("final.total");
        blocks.add(Paragraph.of("final.three-public.h1", "（一）“三公”经费财政拨款支出决算总体情况说明。"));
        Prose p = Prose.paragraph("final.three-public.overall").text(in.year() + " 年度“三公”经费财政拨款支出全年预算为 ")
                .amount("FA09.budget.total", budget).text("，支出决算为 ").amount("FA09.final.total", actual);
        completion(p, in, "FA09.total", actual, budget, "variance:three-public");
        Optional<BigDecimal> prior = in.priorTotal("FA09", "final.total");
        priorSentence(p, in, "FA09.final.total", actual, prior, "yoy:three-public");
        blocks.add(p.build());
        blocks.add(Paragraph.of("final.three-public.h2", "（二）“三公”经费财政拨款支出决算具体情况说明。"));
        blocks.add(category(in, fa09, 1, "overseasTravel", "因公出国（境）费", "overseas"));
        blocks.add(category(in, fa09, 2, "vehicles", "公务用车购置及运行维护费", "vehicles"));
        blocks.add(category(in, fa09, 3, "reception", "公务接待费", "reception"));
        return blocks;
    }

    private static void completion(Prose p, Inputs in, String key, BigDecimal actual, BigDecimal budget, String subject) {
        if (budget.signum() != 0) {
            p.text("，完成全年预算的 ").share(key + ".completion", actual, budget);
        }
        if (actual.compareTo(budget) != 0) {
            p.text("，决算数" + Prose.comparison(actual, budget) + "全年预算数的主要原因：")
                    .explanation(in.current().explanation(subject), subject);
        }
    }

    private static void priorSentence(Prose p, Inputs in, String key, BigDecimal actual, Optional<BigDecimal> prior,
                                      String subject) {
        if (prior.isEmpty()) {
            p.text("。");
            return;
        }
        p.text("；较上年");
        if (p.change(key + ".yoy", actual, prior.get())) {
            p.text("，决算数较上年" + (actual.compareTo(prior.get()) > 0 ? "增加" : "减少") + "的主要原因：")
                    .explanation(in.current().explanation(subject), subject);
        }
        p.text("。");
    }

    private static Paragraph category(Inputs in, SourceTable fa09, int n, String column, String name, String stat) {
        BigDecimal budget = fa09.totalOf("budget." + column);
        BigDecimal actual = fa09.totalOf("final." + column);
        Prose p = Prose.paragraph("final.three-public." + column).text(n + ". ");
        if (budget.signum() == 0 && actual.signum() == 0) {
            return p.text("无" + name + "预算，未发生" + name + "支出。").build();
        }
        p.text(name + "全年预算为 ").amount("FA09.budget." + column, budget).text("，支出决算为 ").amount("FA09.final." + column, actual);
        completion(p, in, "FA09." + column, actual, budget, "variance:three-public:" + column);
        priorSentence(p, in, "FA09.final." + column, actual, in.priorTotal("FA09", "final." + column),
                "yoy:three-public:" + column);
        switch (stat) {
            case "vehicles" -> {
                p.text("其中：公务用车购置费 ").amount("FA09.final.vehiclePurchase", fa09.totalOf("final.vehiclePurchase"))
                        .text("，公务用车运行维护费 ").amount("FA09.final.vehicleOperation", fa09.totalOf("final.vehicleOperation")).text("。");
                in.current().statistic("vehicles.held").ifPresent(v -> p.text("截至 " + in.year() + " 年 12 月 31 日，开支财政拨款的公务用车保有量为 ")
                        .count("vehicles.held", v, " 辆").text("。"));
            }
            case "reception" -> {
                Optional<BigDecimal> batches = in.current().statistic("reception.domestic.batches");
                Optional<BigDecimal> persons = in.current().statistic("reception.domestic.persons");
                if (batches.isPresent() && persons.isPresent()) {
                    p.text(in.year() + " 年共接待国内来访团组 ").count("reception.domestic.batches", batches.get(), " 个，")
                            .count("reception.domestic.persons", persons.get(), " 人次。");
                }
            }
            case "overseas" -> {
                Optional<BigDecimal> groups = in.current().statistic("overseas.groups");
                Optional<BigDecimal> persons = in.current().statistic("overseas.persons");
                if (groups.isPresent() && persons.isPresent()) {
                    p.text("全年安排因公出国（境）团组 ").count("overseas.groups", groups.get(), " 个，")
                            .count("overseas.persons", persons.get(), " 人次。");
                }
            }
            default -> {
            }
        }
        return p.build();
    }
}
