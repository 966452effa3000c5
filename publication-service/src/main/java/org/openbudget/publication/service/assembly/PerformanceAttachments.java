package org.openbudget.publication.service.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Table;
import org.openbudget.publication.document.Table.Cell;
import org.openbudget.publication.document.Table.HeaderCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 附件 from performance-service: 绩效目标申报表 (what = goals) for a 预算 — the 部门整体 goals and each project's
 * declaration and goals with their 三级指标 — and 绩效自评表 (what = self-evaluations) for a 决算 — 预算数 A, 执行数 B,
 * 执行率, each indicator's target, actual, weight and score, the total and grade. Figures are performance-service's
 * (its scores, its 万元 amounts); this class only lays them out.
 */
final class PerformanceAttachments {

    /** The printed names of the indicator levels (docs/glossary.md, performance-service's IndicatorLevel1/2). */
    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("OUTPUT", "产出指标"), Map.entry("BENEFIT", "效益指标"), Map.entry("SATISFACTION", "满意度指标"),
            Map.entry("COST", "成本指标"), Map.entry("QUANTITY", "数量指标"), Map.entry("QUALITY", "质量指标"),
            Map.entry("TIMELINESS", "时效指标"), Map.entry("ECONOMIC_COST", "经济成本指标"),
            Map.entry("SOCIAL_COST", "社会成本指标"), Map.entry("ECOLOGICAL_COST", "生态环境成本指标"),
            Map.entry("ECONOMIC_BENEFIT", "经济效益指标"), Map.entry("SOCIAL_BENEFIT", "社会效益指标"),
            Map.entry("ECOLOGICAL_BENEFIT", "生态效益指标"), Map.entry("SUSTAINABILITY", "可持续影响指标"),
            Map.entry("BENEFICIARY_SATISFACTION", "服务对象满意度指标"));

    private PerformanceAttachments() {
    }

    static List<Block> blocks(String what, Inputs in) {
        Optional<JsonNode> performance = in.performance();
        boolean goals = "goals".equals(what);
        if (performance.isEmpty()) {
            return List.of(Paragraph.of("performance-" + what + "-none", goals ? "本部门尚未报送绩效目标。" : "本部门尚未报送绩效自评结果。"));
        }
        return goals ? goals(performance.get(), in) : selfEvaluations(performance.get(), in);
    }

    private static List<Block> goals(JsonNode source, Inputs in) {
        List<Block> blocks = new ArrayList<>();
        JsonNode set = source.path("goalSet");
        if (!set.path("annualTasks").asText("").isBlank()) {
            blocks.add(Paragraph.of("performance-annual-tasks", "年度工作任务：" + set.path("annualTasks").asText()));
        }
        List<JsonNode> departmentWide = new ArrayList<>();
        set.path("goals").forEach(g -> {
            if ("DEPARTMENT_WIDE".equals(g.path("scope").asText())) {
                departmentWide.add(g);
            }
        });
        int n = 1;
        if (!departmentWide.isEmpty()) {
            blocks.add(goalTable("goals-department", "附表" + n++, in.department() + in.year() + "年部门整体支出绩效目标申报表", departmentWide));
        }
        for (JsonNode declaration : set.path("declarations")) {
            String code = declaration.path("projectCode").asText();
            List<JsonNode> projectGoals = new ArrayList<>();
            set.path("goals").forEach(g -> {
                if (code.equals(g.path("projectCode").asText())) {
                    projectGoals.add(g);
                }
            });
            String name = declaration.path("projectName").asText(code);
            StringBuilder about = new StringBuilder("项目名称：" + name + "（" + code + "）");
            appendIf(about, "项目属性", declaration.path("projectAttribute"));
            appendIf(about, "支出类别", declaration.path("expenditureCategory"));
            if (declaration.hasNonNull("startYear")) {
                about.append("；实施期限：").append(declaration.path("startYear").asText()).append("—")
                        .append(declaration.path("endYear").asText(""));
            }
            blocks.add(Paragraph.of("goals-project-" + code, about + "。"));
            if (!declaration.path("basis").asText("").isBlank()) {
                blocks.add(Paragraph.of("goals-project-" + code + "-basis", "项目立项依据：" + declaration.path("basis").asText()));
            }
            if (!declaration.path("plan").asText("").isBlank()) {
                blocks.add(Paragraph.of("goals-project-" + code + "-plan", "项目实施方案：" + declaration.path("plan").asText()));
            }
            blocks.add(goalTable("goals-" + code, "附表" + n++, name + "绩效目标申报表", projectGoals));
        }
        return blocks;
    }

    private static void appendIf(StringBuilder out, String label, JsonNode value) {
        if (!value.asText("").isBlank()) {
            out.append("；").append(label).append("：").append(value.asText());
        }
    }

    private static Table goalTable(String id, String number, String title, List<JsonNode> goals) {
        List<List<HeaderCell>> header = List.of(List.of(h("目标"), h("一级指标"), h("二级指标"), h("三级指标"), h("指标值"),
                h("前年指标值"), h("上年指标值"), h("指标值确定依据")));
        List<Table.Row> rows = new ArrayList<>();
        for (JsonNode goal : goals) {
            String term = "LONG_TERM".equals(goal.path("term").asText()) ? "长期目标" : "年度目标";
            String content = term + "：" + goal.path("content").asText("");
            if (goal.path("indicators").isEmpty()) {
                rows.add(new Table.Row(Table.RowKind.ITEM, 0, List.of(Cell.text(content), Cell.text(""), Cell.text(""),
                        Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""))));
            }
            for (JsonNode indicator : goal.path("indicators")) {
                rows.add(new Table.Row(Table.RowKind.ITEM, 0, List.of(Cell.text(content),
                        Cell.text(LEVELS.getOrDefault(indicator.path("level1").asText(), indicator.path("level1").asText())),
                        Cell.text(LEVELS.getOrDefault(indicator.path("level2").asText(), indicator.path("level2").asText())),
                        Cell.text(indicator.path("name").asText("")), Cell.text(indicator.path("target").asText("")),
                        Cell.text(indicator.path("targetPrior2").asText("")), Cell.text(indicator.path("targetPrior1").asText("")),
                        Cell.text(indicator.path("basis").asText("")))));
            }
        }
        return new Table(id, number, title, "", header, rows, goals.isEmpty() ? "未设置绩效目标。" : null);
    }

    private static List<Block> selfEvaluations(JsonNode source, Inputs in) {
        List<Block> blocks = new ArrayList<>();
        List<JsonNode> ordered = new ArrayList<>();
        source.path("evaluations").forEach(e -> {
            if ("DEPARTMENT_WIDE".equals(e.path("scope").asText())) {
                ordered.add(0, e);
            } else {
                ordered.add(e);
            }
        });
        if (ordered.isEmpty()) {
            return List.of(Paragraph.of("performance-self-evaluations-none", "本部门尚未报送绩效自评结果。"));
        }
        int n = 1;
        for (JsonNode evaluation : ordered) {
            boolean whole = "DEPARTMENT_WIDE".equals(evaluation.path("scope").asText());
            String code = evaluation.path("projectCode").asText("");
            String name = whole ? in.department() : evaluation.path("projectName").asText(code);
            String title = in.year() + "年度" + name + (whole ? "整体绩效自评表" : "项目绩效自评表");
            String id = "self-evaluation-" + (whole ? "department" : code);
            blocks.add(selfEvaluationTable(id, "附件" + n++, title, evaluation));
            JsonNode score = evaluation.path("score");
            StringBuilder summary = new StringBuilder();
            if (!score.path("total").asText("").isEmpty()) {
                summary.append("自评得分 ").append(score.path("total").asText()).append(" 分");
                JsonNode grade = score.path("grade");
                if (!grade.isMissingNode() && !grade.isNull()) {
                    summary.append("，评价等级：").append(grade.path("zh").asText(grade.path("grade").asText()));
                }
                summary.append("（评分办法 ").append(score.path("policyId").asText()).append("）。");
            }
            if (!evaluation.path("deviationReason").asText("").isBlank()) {
                summary.append("偏差原因：").append(evaluation.path("deviationReason").asText()).append(" ");
            }
            if (!evaluation.path("improvementMeasures").asText("").isBlank()) {
                summary.append("改进措施：").append(evaluation.path("improvementMeasures").asText());
            }
            if (summary.length() > 0) {
                blocks.add(Paragraph.of(id + "-summary", summary.toString().strip()));
            }
        }
        return blocks;
    }

    private static Table selfEvaluationTable(String id, String number, String title, JsonNode evaluation) {
        JsonNode budget = evaluation.path("budget");
        JsonNode score = evaluation.path("score");
        List<List<HeaderCell>> header = List.of(List.of(h("一级指标"), h("二级指标"), h("三级指标"), h("年度指标值"),
                h("实际完成值"), h("分值"), h("得分"), h("偏差原因")));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(Table.RowKind.SUBTOTAL, 0, List.of(Cell.text("预算执行情况"),
                Cell.text("预算数（万元）"), amount(budget.path("budgetedWanYuan")), Cell.text("执行数（万元）"),
                amount(budget.path("executedWanYuan")), Cell.text(score.path("execution").path("weight").asText("")),
                Cell.text(score.path("execution").path("score").asText("")),
                Cell.text("执行率 " + budget.path("executionRate").asText("")))));
        Map<String, JsonNode> scores = new java.util.HashMap<>();
        score.path("groups").forEach(g -> g.path("indicators").forEach(s -> scores.put(s.path("indicatorId").asText(), s)));
        for (JsonNode indicator : evaluation.path("indicators")) {
            JsonNode s = scores.get(indicator.path("id").asText());
            rows.add(new Table.Row(Table.RowKind.ITEM, 0, List.of(
                    Cell.text(LEVELS.getOrDefault(indicator.path("level1").asText(), indicator.path("level1").asText())),
                    Cell.text(LEVELS.getOrDefault(indicator.path("level2").asText(), indicator.path("level2").asText())),
                    Cell.text(indicator.path("name").asText("")), Cell.text(indicator.path("target").asText("")),
                    Cell.text(indicator.path("actual").asText("")), Cell.text(s == null ? "" : s.path("weight").asText("")),
                    Cell.text(s == null ? "" : s.path("score").asText("")),
                    Cell.text(reasons(indicator)))));
        }
        JsonNode grade = score.path("grade");
        rows.add(new Table.Row(Table.RowKind.TOTAL, 0, List.of(Cell.text("总分"), Cell.text(""), Cell.text(""), Cell.text(""),
                Cell.text(""), Cell.text("100"), Cell.text(score.path("total").asText("")),
                Cell.text(grade.isMissingNode() || grade.isNull() ? "" : "等级：" + grade.path("zh").asText("")))));
        return new Table(id, number, title, "单位：万元、分", header, rows, null);
    }

    /** The 偏差原因 column: the deviation as explained, and any points deducted with their reason. */
    private static String reasons(JsonNode indicator) {
        String deviation = indicator.path("deviationReason").asText("");
        String deduction = indicator.path("deduction").asText("");
        if (deduction.isEmpty() || deduction.equals("0") || deduction.equals("0.00")) {
            return deviation;
        }
        String why = "扣 " + deduction + " 分：" + indicator.path("deductionReason").asText("");
        return deviation.isEmpty() ? why : deviation + "；" + why;
    }

    private static Cell amount(JsonNode value) {
        String text = value.asText("");
        return text.isEmpty() ? Cell.text("") : Cell.amount(new BigDecimal(text));
    }

    private static HeaderCell h(String text) {
        return new HeaderCell(text, 1, 1);
    }
}
