package org.openbudget.publication.service.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Formats;
import org.openbudget.publication.document.Paragraph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Explanations the 预算 and the 决算 share: 机关运行经费, 政府采购, 国有资产, 预算绩效. */
final class CommonNarratives {

    private CommonNarratives() {
    }

    /** 机关运行经费 of a "三公" table (FA09/BA07): the measure group's agencyOperating cell, compared with its budget. */
    static Paragraph agencyOperating(Inputs in, String id, String tableId, String group) {
        return agencyOperating(in, id, tableId, group, false);
    }

    /**
     * @param againstPriorYear compare the 决算 with the prior year's (as Shanghai prints it) instead of with its
     *                         budget (as Wuhan prints it)
     */
    static Paragraph agencyOperating(Inputs in, String id, String tableId, String group, boolean againstPriorYear) {
        SourceTable table = in.table(tableId);
        BigDecimal actual = table.total() == null ? null : table.total().cell(group + ".agencyOperating");
        Prose p = Prose.paragraph(id);
        if (actual == null) {
            return p.text("本单位不属于行政单位或参照公务员法管理的事业单位，不涉及机关运行经费。").build();
        }
        boolean finalAccounts = group.equals("final");
        p.text(in.year() + " 年度" + in.department() + "机关运行经费" + (finalAccounts ? "支出 " : "预算 "))
                .amount(tableId + "." + group + ".agencyOperating", actual);
        if (finalAccounts && !againstPriorYear) {
            BigDecimal budget = table.total().amount("budget.agencyOperating");
            p.text("，比预算数");
            if (p.change(tableId + ".agencyOperating.vsBudget", actual, budget)) {
                p.text("。主要原因是：").explanation(in.current().explanation("variance:agency-operating"), "variance:agency-operating");
            }
            return p.text("。").build();
        }
        Optional<BigDecimal> prior = in.priorTotal(tableId, group + ".agencyOperating");
        FinalAccountsNarratives.yearOnYear(p, in, finalAccounts ? "比上年" : "比上年预算", tableId + "." + group + ".agencyOperating",
                actual, prior, "yoy:agency-operating");
        return p.build();
    }

    static Paragraph procurement(Inputs in, String id) {
        Optional<BigDecimal> goods = in.current().statistic("procurement.goods");
        Optional<BigDecimal> works = in.current().statistic("procurement.works");
        Optional<BigDecimal> services = in.current().statistic("procurement.services");
        Prose p = Prose.paragraph(id);
        if (goods.isEmpty() && works.isEmpty() && services.isEmpty()) {
            return p.text("本单位 " + in.year() + " 年度无政府采购支出。").build();
        }
        BigDecimal g = Formats.wanYuan(goods.orElse(BigDecimal.ZERO));
        BigDecimal w = Formats.wanYuan(works.orElse(BigDecimal.ZERO));
        BigDecimal s = Formats.wanYuan(services.orElse(BigDecimal.ZERO));
        // the total adds the parts as printed, so that 货物 + 工程 + 服务 always equals it on the page
        BigDecimal total = g.add(w).add(s);
        p.text(in.year() + " 年度" + in.department() + "政府采购支出总额 ").amount("procurement.total", total)
                .text("，其中：政府采购货物支出 ").amount("procurement.goods", g).text("、政府采购工程支出 ")
                .amount("procurement.works", w).text("、政府采购服务支出 ").amount("procurement.services", s).text("。");
        Optional<BigDecimal> sme = in.current().statistic("procurement.sme").map(Formats::wanYuan);
        if (sme.isPresent()) {
            p.text("授予中小企业合同金额 ").amount("procurement.sme", sme.get()).text("，占政府采购支出总额的 ")
                    .share("procurement.sme.share", sme.get(), total);
            Optional<BigDecimal> small = in.current().statistic("procurement.small-micro").map(Formats::wanYuan);
            if (small.isPresent()) {
                p.text("，其中：授予小微企业合同金额 ").amount("procurement.small-micro", small.get())
                        .text("，占授予中小企业合同金额的 ").share("procurement.small-micro.share", small.get(), sme.get());
            }
            p.text("。");
        }
        return p.build();
    }

    private static final String[][] VEHICLE_KINDS = {
            {"assets.vehicles.leaders", "副部（省）级及以上领导用车"}, {"assets.vehicles.general", "主要负责人用车"},
            {"assets.vehicles.law-enforcement", "执法执勤用车"}, {"assets.vehicles.special-technical", "特种专业技术用车"},
            {"assets.vehicles.other", "其他用车"}};

    static Paragraph assets(Inputs in, String id) {
        Prose p = Prose.paragraph(id).text("截至 " + in.year() + " 年 12 月 31 日，" + in.department());
        BigDecimal vehicles = in.current().statistic("assets.vehicles.total").orElse(BigDecimal.ZERO);
        if (vehicles.signum() == 0) {
            p.text("无车辆");
        } else {
            p.text("共有车辆 ").count("assets.vehicles.total", vehicles, " 辆");
            List<String[]> kinds = new ArrayList<>();
            for (String[] kind : VEHICLE_KINDS) {
                if (in.current().statistic(kind[0]).filter(v -> v.signum() != 0).isPresent()) {
                    kinds.add(kind);
                }
            }
            for (int i = 0; i < kinds.size(); i++) {
                p.text(i == 0 ? "，其中：" : "、").text(kinds.get(i)[1] + " ")
                        .count(kinds.get(i)[0], in.current().statistic(kinds.get(i)[0]).orElseThrow(), " 辆");
            }
        }
        BigDecimal equipment = in.current().statistic("assets.equipment-over-1m").orElse(BigDecimal.ZERO);
        if (equipment.signum() == 0) {
            p.text("；无单价 100 万元（含）以上设备。");
        } else {
            p.text("；单价 100 万元（含）以上设备 ").count("assets.equipment-over-1m", equipment, " 台（套）。");
        }
        return p.build();
    }

    /**
     * 预算绩效: the self-evaluation results held by performance-service (projects evaluated, their money, each score and
     * grade, the department-wide result), then the department's own note on its performance management
     * (explanation {@code note:performance}). Scores print as performance-service computed them.
     */
    static List<Block> performance(Inputs in, String id) {
        List<Block> blocks = new ArrayList<>();
        JsonNode evaluations = in.performance().map(p -> p.path("evaluations")).orElse(null);
        if (evaluations != null && evaluations.isArray() && evaluations.size() > 0) {
            List<JsonNode> projects = new ArrayList<>();
            JsonNode whole = null;
            for (JsonNode e : evaluations) {
                if ("PROJECT".equals(e.path("scope").asText())) {
                    projects.add(e);
                } else {
                    whole = e;
                }
            }
            Prose p = Prose.paragraph(id + ".results");
            if (!projects.isEmpty()) {
                BigDecimal funds = BigDecimal.ZERO;
                for (JsonNode e : projects) {
                    String executed = e.path("budget").path("executedWanYuan").asText("");
                    funds = executed.isEmpty() ? funds : funds.add(new BigDecimal(executed));
                }
                p.text("本单位对 " + in.year() + " 年度项目支出开展绩效自评，共涉及项目 ")
                        .count(id + ".projects", BigDecimal.valueOf(projects.size()), " 个，执行资金 ").amount(id + ".funds", funds);
                for (JsonNode e : projects) {
                    scoreSentence(p, "；" + e.path("projectName").asText(e.path("projectCode").asText()), e);
                }
                p.text("。");
            }
            if (whole != null) {
                scoreSentence(p, "部门整体支出", whole);
                p.text("。");
            }
            blocks.add(p.build());
        }
        Prose note = Prose.paragraph(id + ".note");
        note.explanation(in.current().explanation("note:performance"), "note:performance");
        blocks.add(note.build());
        return blocks;
    }

    private static void scoreSentence(Prose p, String subject, JsonNode evaluation) {
        JsonNode score = evaluation.path("score");
        String total = score.path("total").asText("");
        if (total.isEmpty()) {
            p.text(subject + "自评尚未完成");
            return;
        }
        p.text(subject + "自评得分 ");
        p.figure("performance." + evaluation.path("projectCode").asText("department") + ".score", total);
        p.text(" 分");
        JsonNode grade = score.path("grade");
        if (!grade.isMissingNode() && !grade.isNull()) {
            p.text("，评价结果为“" + grade.path("zh").asText(grade.path("grade").asText()) + "”");
        }
    }
}
