package org.openbudget.publication.service.assembly;

import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.document.Block;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The 情况说明 of a 部门预算 (seed 001's eight explanations, Putuo's 编制说明), each comparing with the previous
 * year's budget when the platform holds it. Ids are what layouts refer to.
 */
final class BudgetNarratives {

    private BudgetNarratives() {
    }

    static Map<String, Function<Inputs, List<Block>>> all() {
        Map<String, Function<Inputs, List<Block>>> all = new LinkedHashMap<>();
        all.put("budget.overall", BudgetNarratives::overall);
        all.put("budget.appropriation", BudgetNarratives::appropriation);
        all.put("budget.general-budget", BudgetNarratives::generalBudget);
        all.put("budget.basic", BudgetNarratives::basic);
        all.put("budget.three-public", BudgetNarratives::threePublic);
        all.put("budget.government-fund", in -> FinalAccountsNarratives.emptyOr(in, "BA08", "budget.government-fund",
                "政府性基金预算支出", in.year() + "年本单位无政府性基金预算支出。"));
        all.put("budget.state-capital", in -> FinalAccountsNarratives.emptyOr(in, "BA09", "budget.state-capital",
                "国有资本经营预算支出", in.year() + "年本单位无国有资本经营预算支出。"));
        all.put("budget.other", BudgetNarratives::other);
        return all;
    }

    private static String lastYear(Inputs in) {
        return (in.year() - 1) + "年预算";
    }

    private static List<Block> overall(Inputs in) {
        SourceTable ba01 = in.table("BA01");
        BigDecimal total = ba01.totalOf("total");
        Prose p = Prose.paragraph("budget.overall").text(in.year() + "年收入预算 ").amount("BA01.total", total)
                .text("，支出预算 ").amount("BA01.total", total);
        FinalAccountsNarratives.yearOnYear(p, in, "与" + lastYear(in) + "相比，收、支预算总额各", "BA01.total", total,
                in.priorTotal("BA01", "total"), "yoy:total");
        List<Block> blocks = new ArrayList<>(List.of(p.build()));
        BigDecimal income = Inputs.statementRow(ba01, "INCOME_TOTAL");
        List<Row> sources = ba01.rows().stream().filter(r -> "INCOME".equals(r.level()) && r.amount("total").signum() != 0).toList();
        if (!sources.isEmpty()) {
            Prose q = Prose.paragraph("budget.overall.income").text("收入预算中：");
            for (int i = 0; i < sources.size(); i++) {
                Row r = sources.get(i);
                q.text((i == 0 ? "" : "；") + r.name() + " ").amount("BA01." + r.code(), r.amount("total"))
                        .text("，占 ").share("BA01." + r.code() + ".share", r.amount("total"), income);
            }
            blocks.add(q.text("。").build());
        }
        SourceTable ba03 = in.table("BA03");
        BigDecimal spending = ba03.totalOf("total");
        Prose e = Prose.paragraph("budget.overall.expenditure").text("支出预算中：");
        boolean any = false;
        for (var column : ba03.columns()) {
            if (column.id().equals("total") || ba03.totalOf(column.id()).signum() == 0) {
                continue;
            }
            e.text((any ? "；" : "") + column.title() + " ").amount("BA03.total." + column.id(), ba03.totalOf(column.id()))
                    .text("，占 ").share("BA03.total." + column.id() + ".share", ba03.totalOf(column.id()), spending);
            any = true;
        }
        if (any) {
            blocks.add(e.text("。").build());
        }
        return blocks;
    }

    private static List<Block> appropriation(Inputs in) {
        SourceTable ba04 = in.table("BA04");
        BigDecimal total = ba04.totalOf("total");
        Prose p = Prose.paragraph("budget.appropriation").text(in.year() + "年财政拨款收支预算总额 ").amount("BA04.total", total);
        FinalAccountsNarratives.yearOnYear(p, in, "与" + lastYear(in) + "相比，财政拨款收支预算总额各", "BA04.total", total,
                in.priorTotal("BA04", "total"), "yoy:appropriation");
        return List.of(p.build());
    }

    private static List<Block> generalBudget(Inputs in) {
        SourceTable ba05 = in.table("BA05");
        if (ba05.isEmpty()) {
            return List.of(org.openbudget.publication.document.Paragraph.of("budget.general-budget", ba05.emptyNote()));
        }
        BigDecimal total = ba05.totalOf("total");
        Prose p = Prose.paragraph("budget.general-budget").text(in.year() + "年一般公共预算支出预算 ").amount("BA05.total", total);
        FinalAccountsNarratives.yearOnYear(p, in, "与" + lastYear(in) + "相比", "BA05.total", total,
                in.priorTotal("BA05", "total"), "yoy:general-budget");
        List<Block> blocks = new ArrayList<>(List.of(p.build()));
        Prose q = Prose.paragraph("budget.general-budget.classes").text("主要用于：");
        List<Row> classes = ba05.rows().stream().filter(r -> "CLASS".equals(r.level())).toList();
        for (int i = 0; i < classes.size(); i++) {
            Row c = classes.get(i);
            q.text((i == 0 ? "" : "；") + "（" + (i + 1) + "）" + c.name() + " ").amount("BA05." + c.code(), c.amount("total"))
                    .text("，占 ").share("BA05." + c.code() + ".share", c.amount("total"), total);
            Optional<BigDecimal> prior = in.priorFigures().cell("BA05", PriorYearFigures.At.row(c.code(), "total"));
            if (prior.isPresent()) {
                q.text("，与上年相比");
                if (q.change("BA05." + c.code() + ".yoy", c.amount("total"), prior.get())) {
                    String subject = "yoy:general-budget:" + c.code();
                    q.text("，主要原因是").explanation(in.current().explanation(subject), subject);
                }
            }
        }
        blocks.add(q.text("。").build());
        return blocks;
    }

    private static List<Block> basic(Inputs in) {
        SourceTable ba05 = in.table("BA05");
        SourceTable ba06 = in.table("BA06");
        BigDecimal basic = ba05.totalOf("basic");
        Prose p = Prose.paragraph("budget.basic").text(in.year() + "年一般公共预算基本支出 ").amount("BA05.total.basic", basic);
        FinalAccountsNarratives.yearOnYear(p, in, "与" + lastYear(in) + "相比", "BA05.total.basic", basic,
                in.priorTotal("BA05", "basic"), "yoy:basic");
        Prose q = Prose.paragraph("budget.basic.split").text("其中：人员经费 ").amount("BA05.total.personnel", ba05.totalOf("personnel"))
                .text("，主要包括：" + FinalAccountsNarratives.names(ba06, "personnel") + "；公用经费 ")
                .amount("BA05.total.operating", ba05.totalOf("operating"))
                .text("，主要包括：" + FinalAccountsNarratives.names(ba06, "operating") + "。");
        return List.of(p.build(), q.build());
    }

    private static List<Block> threePublic(Inputs in) {
        SourceTable ba07 = in.table("BA07");
        BigDecimal total = ba07.totalOf("budget.total");
        Prose p = Prose.paragraph("budget.three-public").text(in.year() + "年一般公共预算安排“三公”经费支出预算 ")
                .amount("BA07.budget.total", total);
        Optional<BigDecimal> prior = in.priorTotal("BA07", "budget.total");
        if (prior.isPresent()) {
            p.text("，比" + lastYear(in));
            if (p.change("BA07.budget.total.yoy", total, prior.get())) {
                p.text("，主要原因是").explanation(in.current().explanation("yoy:three-public"), "yoy:three-public");
            }
        }
        p.text("。其中：（1）因公出国（境）费 ").amount("BA07.budget.overseasTravel", ba07.totalOf("budget.overseasTravel"))
                .text("；（2）公务用车购置及运行维护费 ").amount("BA07.budget.vehicles", ba07.totalOf("budget.vehicles"))
                .text("，其中：公务用车购置费 ").amount("BA07.budget.vehiclePurchase", ba07.totalOf("budget.vehiclePurchase"))
                .text("，公务用车运行维护费 ").amount("BA07.budget.vehicleOperation", ba07.totalOf("budget.vehicleOperation"))
                .text("；（3）公务接待费 ").amount("BA07.budget.reception", ba07.totalOf("budget.reception")).text("。");
        return List.of(p.build());
    }

    private static List<Block> other(Inputs in) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(org.openbudget.publication.document.Paragraph.of("budget.other.h1", "（一）机关运行经费"));
        blocks.add(CommonNarratives.agencyOperating(in, "budget.other.agency-operating", "BA07", "budget"));
        blocks.add(org.openbudget.publication.document.Paragraph.of("budget.other.h2", "（二）政府采购"));
        blocks.add(CommonNarratives.procurement(in, "budget.other.procurement"));
        blocks.add(org.openbudget.publication.document.Paragraph.of("budget.other.h3", "（三）国有资产占用"));
        blocks.add(CommonNarratives.assets(in, "budget.other.assets"));
        SourceTable ba10 = in.table("BA10");
        long projects = ba10.rows().stream().filter(r -> "PROJECT".equals(r.level())).count();
        blocks.add(org.openbudget.publication.document.Paragraph.of("budget.other.h4", "（四）绩效目标设置"));
        Prose p = Prose.paragraph("budget.other.performance").text(in.year() + "年本部门项目支出 ")
                .count("BA10.projects", BigDecimal.valueOf(projects), " 个，")
                .text("资金 ").amount("BA10.total", ba10.totalOf("total")).text("；各项目的绩效目标见部门项目申报表（含绩效目标）。");
        blocks.add(p.build());
        return blocks;
    }
}
