package org.openbudget.performance.resource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.openbudget.performance.domain.EvaluationStatus;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.IndicatorLevel2;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.TargetKind;
import org.openbudget.performance.service.DomainException;
import org.openbudget.performance.service.GoalSetFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The goal-set file as an XLSX workbook: sheet {@code goal-set} (one row of fields), {@code declarations},
 * {@code goals} (each with a key such as G3), {@code indicators} (each naming its goal's key, with its 自评 inputs)
 * and {@code evaluations}. Header cells are the field names followed by the Chinese term ("target 指标值"); only the
 * first word counts when reading. Problems name the sheet, row and column ("indicators!12.target").
 */
final class GoalSetWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String[]> GOAL_SET = List.of(col("format", "格式"), col("departmentCode", "部门编码"),
            col("fiscalYear", "年度"), col("policyId", "评分办法"), col("annualTasks", "年度工作任务"));
    private static final List<String[]> DECLARATIONS = List.of(col("projectCode", "项目编码"), col("projectName", "项目名称"),
            col("projectAttribute", "项目属性"), col("expenditureCategory", "支出项目类别"), col("startYear", "起始年度"),
            col("endYear", "终止年度"), col("basis", "项目立项依据"), col("plan", "项目实施方案"));
    private static final List<String[]> GOALS = List.of(col("goalKey", "目标键"), col("scope", "范围"),
            col("projectCode", "项目编码"), col("term", "期限"), col("endYear", "截止年"), col("content", "目标内容"));
    private static final List<String[]> INDICATORS = List.of(col("goalKey", "目标键"), col("level1", "一级指标"),
            col("level2", "二级指标"), col("name", "三级指标"), col("target", "指标值"), col("targetPrior2", "前年"),
            col("targetPrior1", "上年"), col("targetKind", "定量/定性"), col("direction", "方向"), col("basis", "指标值确定依据"),
            col("weight", "目标分值"), col("actual", "实际完成值"), col("tier", "档次"), col("tierPercent", "档内百分比"),
            col("deduction", "扣分"), col("deductionReason", "扣分原因"), col("deviationReason", "偏差原因"),
            col("improvement", "改进措施"));
    private static final List<String[]> EVALUATIONS = List.of(col("scope", "范围"), col("projectCode", "项目编码"),
            col("status", "状态"), col("deviationReason", "偏差大或目标未完成原因分析"),
            col("improvementMeasures", "改进措施及结果应用方案"));

    private GoalSetWorkbook() {
    }

    private static String[] col(String field, String zh) {
        return new String[] {field, zh};
    }

    // ---- writing

    static byte[] write(GoalSetFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "openbudget", "1.0");
            Worksheet set = sheet(wb, "goal-set", GOAL_SET);
            row(set, 1, file.format(), file.departmentCode(), file.fiscalYear(), file.policyId(), file.annualTasks());
            Worksheet declarations = sheet(wb, "declarations", DECLARATIONS);
            int r = 1;
            for (GoalSetFile.DeclarationEntry d : file.declarations()) {
                row(declarations, r++, d.projectCode(), d.projectName(), d.projectAttribute(), d.expenditureCategory(),
                        d.startYear(), d.endYear(), d.basis(), d.plan());
            }
            Worksheet goals = sheet(wb, "goals", GOALS);
            Worksheet indicators = sheet(wb, "indicators", INDICATORS);
            int gr = 1;
            int ir = 1;
            for (GoalSetFile.GoalEntry g : file.goals()) {
                String key = "G" + gr;
                row(goals, gr++, key, g.scope(), g.projectCode(), g.term(), g.endYear(), g.content());
                for (GoalSetFile.IndicatorEntry i : g.indicators()) {
                    row(indicators, ir++, key, i.level1(), i.level2(), i.name(), i.target(), i.targetPrior2(),
                            i.targetPrior1(), i.targetKind(), i.direction(), i.basis(), i.weight(), i.actual(), i.tier(),
                            i.tierPercent(), i.deduction(), i.deductionReason(), i.deviationReason(), i.improvement());
                }
            }
            Worksheet evaluations = sheet(wb, "evaluations", EVALUATIONS);
            r = 1;
            for (GoalSetFile.EvaluationEntry e : file.evaluations()) {
                row(evaluations, r++, e.scope(), e.projectCode(), e.status(), e.deviationReason(), e.improvementMeasures());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Worksheet sheet(Workbook wb, String name, List<String[]> columns) {
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c)[0] + " " + columns.get(c)[1]);
            // explicit widths: auto-size underestimates CJK
            ws.width(c, columns.get(c)[0].matches("name|content|basis|plan|annualTasks|.*Reason|improvement.*") ? 48 : 18);
        }
        return ws;
    }

    private static void row(Worksheet ws, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal d) {
                ws.value(r, c, d);
                ws.style(r, c).format("0.00").set();
            } else if (v instanceof Integer n) {
                ws.value(r, c, n);
            } else {
                ws.value(r, c, v.toString());
            }
        }
    }

    // ---- reading

    /** The file, and where each entry came from (JSON path prefix → sheet!row) for naming problems. */
    record Read(GoalSetFile file, Map<String, String> locations) {
    }

    static Read read(InputStream in) {
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Map<String, List<Map<String, Cell>>> sheets = new HashMap<>();
            Map<String, List<Integer>> rowNumbers = new HashMap<>();
            for (Sheet sheet : wb.getSheets().toList()) {
                List<Map<String, Cell>> rows = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                List<String> header = null;
                for (Row row : sheet.read()) {
                    if (header == null) {
                        header = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            String h = row.getCellAsString(c).orElse("").strip();
                            header.add(h.isEmpty() ? "" : h.split("\\s+")[0]);
                        }
                        continue;
                    }
                    Map<String, Cell> cells = new LinkedHashMap<>();
                    for (int c = 0; c < header.size() && c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getRawValue() != null && !cell.getRawValue().isBlank()
                                && !header.get(c).isEmpty()) {
                            cells.put(header.get(c), cell);
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.add(cells);
                        numbers.add(row.getRowNum());
                    }
                }
                sheets.put(sheet.getName(), rows);
                rowNumbers.put(sheet.getName(), numbers);
            }
            return new Reader(sheets, rowNumbers).read();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.unprocessable("body", "not a readable XLSX workbook: " + e.getMessage());
        }
    }

    private static final class Reader {
        final Map<String, List<Map<String, Cell>>> sheets;
        final Map<String, List<Integer>> rowNumbers;
        final List<DomainException.Error> errors = new ArrayList<>();
        final Map<String, String> locations = new LinkedHashMap<>();

        Reader(Map<String, List<Map<String, Cell>>> sheets, Map<String, List<Integer>> rowNumbers) {
            this.sheets = sheets;
            this.rowNumbers = rowNumbers;
        }

        Read read() {
            for (String name : List.of("goal-set", "declarations", "goals", "indicators", "evaluations")) {
                if (!sheets.containsKey(name)) {
                    errors.add(new DomainException.Error(name, "the workbook has no sheet '" + name + "'"));
                }
            }
            if (!errors.isEmpty()) {
                throw DomainException.unprocessable(errors);
            }
            checkColumns("goal-set", GOAL_SET);
            checkColumns("declarations", DECLARATIONS);
            checkColumns("goals", GOALS);
            checkColumns("indicators", INDICATORS);
            checkColumns("evaluations", EVALUATIONS);
            Map<String, Cell> set = sheets.get("goal-set").isEmpty() ? Map.of() : sheets.get("goal-set").get(0);
            String setAt = set.isEmpty() ? "goal-set!2" : at("goal-set", 0);
            List<GoalSetFile.DeclarationEntry> declarations = new ArrayList<>();
            List<Map<String, Cell>> dRows = sheets.get("declarations");
            for (int k = 0; k < dRows.size(); k++) {
                Map<String, Cell> r = dRows.get(k);
                String at = at("declarations", k);
                locations.put("declarations[" + k + "]", at);
                declarations.add(new GoalSetFile.DeclarationEntry(text(r, "projectCode"), text(r, "projectName"),
                        text(r, "projectAttribute"), text(r, "expenditureCategory"), integer(r, "startYear", at),
                        integer(r, "endYear", at), text(r, "basis"), text(r, "plan")));
            }
            Map<String, List<GoalSetFile.IndicatorEntry>> byGoal = new LinkedHashMap<>();
            Map<String, List<String>> indicatorRows = new HashMap<>();
            List<Map<String, Cell>> iRows = sheets.get("indicators");
            for (int k = 0; k < iRows.size(); k++) {
                Map<String, Cell> r = iRows.get(k);
                String at = at("indicators", k);
                String key = text(r, "goalKey");
                if (key == null) {
                    errors.add(new DomainException.Error(at + ".goalKey", "names the goal (sheet goals) of the indicator"));
                    continue;
                }
                byGoal.computeIfAbsent(key, x -> new ArrayList<>()).add(new GoalSetFile.IndicatorEntry(
                        enumOf(r, "level1", at, IndicatorLevel1::valueOf), enumOf(r, "level2", at, IndicatorLevel2::valueOf),
                        text(r, "name"), text(r, "target"), text(r, "targetPrior2"), text(r, "targetPrior1"),
                        enumOf(r, "targetKind", at, TargetKind::valueOf), enumOf(r, "direction", at, Direction::valueOf),
                        text(r, "basis"), decimal(r, "weight", at), text(r, "actual"), text(r, "tier"),
                        decimal(r, "tierPercent", at), decimal(r, "deduction", at), text(r, "deductionReason"),
                        text(r, "deviationReason"), text(r, "improvement")));
                indicatorRows.computeIfAbsent(key, x -> new ArrayList<>()).add(at);
            }
            List<GoalSetFile.GoalEntry> goals = new ArrayList<>();
            List<Map<String, Cell>> gRows = sheets.get("goals");
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int k = 0; k < gRows.size(); k++) {
                Map<String, Cell> r = gRows.get(k);
                String at = at("goals", k);
                String key = text(r, "goalKey");
                if (key == null || !keys.add(key)) {
                    errors.add(new DomainException.Error(at + ".goalKey", "each goal needs a key of its own"));
                    continue;
                }
                int g = goals.size();
                locations.put("goals[" + g + "]", at);
                List<String> rowsOfGoal = indicatorRows.getOrDefault(key, List.of());
                for (int i = 0; i < rowsOfGoal.size(); i++) {
                    locations.put("goals[" + g + "].indicators[" + i + "]", rowsOfGoal.get(i));
                }
                goals.add(new GoalSetFile.GoalEntry(enumOf(r, "scope", at, GoalScope::valueOf), text(r, "projectCode"),
                        enumOf(r, "term", at, GoalTerm::valueOf), integer(r, "endYear", at), text(r, "content"),
                        byGoal.getOrDefault(key, List.of())));
            }
            byGoal.keySet().stream().filter(k -> !keys.contains(k)).forEach(k -> errors.add(new DomainException.Error(
                    indicatorRows.get(k).get(0) + ".goalKey", "no goal with key " + k + " in sheet goals")));
            List<GoalSetFile.EvaluationEntry> evaluations = new ArrayList<>();
            List<Map<String, Cell>> eRows = sheets.get("evaluations");
            for (int k = 0; k < eRows.size(); k++) {
                Map<String, Cell> r = eRows.get(k);
                String at = at("evaluations", k);
                locations.put("evaluations[" + k + "]", at);
                evaluations.add(new GoalSetFile.EvaluationEntry(enumOf(r, "scope", at, GoalScope::valueOf),
                        text(r, "projectCode"), enumOf(r, "status", at, EvaluationStatus::valueOf),
                        text(r, "deviationReason"), text(r, "improvementMeasures")));
            }
            GoalSetFile file = new GoalSetFile(text(set, "format"), text(set, "departmentCode"),
                    integer(set, "fiscalYear", setAt), text(set, "policyId"), text(set, "annualTasks"), declarations,
                    goals, evaluations);
            if (!errors.isEmpty()) {
                throw DomainException.unprocessable(errors);
            }
            locations.put("", setAt);
            return new Read(file, locations);
        }

        private void checkColumns(String sheet, List<String[]> columns) {
            List<String> known = columns.stream().map(c -> c[0]).toList();
            for (Map<String, Cell> row : sheets.get(sheet)) {
                for (String h : row.keySet()) {
                    if (!known.contains(h)) {
                        errors.add(new DomainException.Error(sheet + "." + h, "unknown column; the sheet's columns are " + known));
                        return;
                    }
                }
            }
        }

        private String at(String sheet, int index) {
            return sheet + "!" + rowNumbers.get(sheet).get(index);
        }

        private static String text(Map<String, Cell> r, String column) {
            Cell c = r.get(column);
            if (c == null) {
                return null;
            }
            if (c.getType() == CellType.NUMBER) {
                return new BigDecimal(c.getRawValue()).stripTrailingZeros().toPlainString();
            }
            return c.getText();
        }

        private Integer integer(Map<String, Cell> r, String column, String at) {
            String t = text(r, column);
            if (t == null) {
                return null;
            }
            try {
                return new BigDecimal(t.strip()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                errors.add(new DomainException.Error(at + "." + column, "'" + t + "' is not a whole number"));
                return null;
            }
        }

        private BigDecimal decimal(Map<String, Cell> r, String column, String at) {
            Cell c = r.get(column);
            if (c == null) {
                return null;
            }
            try {
                BigDecimal exact = new BigDecimal(c.getType() == CellType.NUMBER ? c.getRawValue() : c.getText().strip());
                // a spreadsheet number is a binary double: take it to the cent when it is one
                BigDecimal cents = exact.setScale(2, RoundingMode.HALF_UP);
                return exact.subtract(cents).abs().compareTo(new BigDecimal("1E-9")) <= 0 ? cents : exact;
            } catch (NumberFormatException e) {
                errors.add(new DomainException.Error(at + "." + column, "'" + c.getText() + "' is not a number"));
                return null;
            }
        }

        private <E> E enumOf(Map<String, Cell> r, String column, String at, Function<String, E> parse) {
            String t = text(r, column);
            if (t == null) {
                return null;
            }
            try {
                return parse.apply(t.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new DomainException.Error(at + "." + column, "'" + t + "' is not a value of " + column));
                return null;
            }
        }
    }

    /** Renames a problem's fields from file paths (goals[2].indicators[0].target) to sheet cells (indicators!7.target). */
    static DomainException locate(DomainException e, Map<String, String> locations) {
        List<DomainException.Error> located = new ArrayList<>();
        for (DomainException.Error error : e.errors()) {
            String field = error.field();
            Optional<String> prefix = locations.keySet().stream()
                    .filter(p -> !p.isEmpty() && (field.equals(p) || field.startsWith(p + ".")))
                    .max(java.util.Comparator.comparingInt(String::length));
            String renamed = prefix.map(p -> locations.get(p) + field.substring(p.length())).orElse(
                    locations.containsKey("") && !field.contains("[") ? locations.get("") + "." + field : field);
            located.add(new DomainException.Error(renamed, error.message()));
        }
        return new DomainException(e.kind(), e.getMessage(), located);
    }
}
