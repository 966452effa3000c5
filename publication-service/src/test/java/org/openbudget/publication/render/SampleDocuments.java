package org.openbudget.publication.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openbudget.publication.document.Chart;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.FactTable;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;
import org.openbudget.publication.document.Table.Cell;
import org.openbudget.publication.document.Table.HeaderCell;
import org.openbudget.publication.document.Table.Row;
import org.openbudget.publication.document.Table.RowKind;

/**
 * Documents for the renderer tests, shaped like seed 000 (武汉市江汉区保健医疗办公室 2024 部门决算, 4,879.07 万元):
 * 公开01表 with its two-row header, 公开05表 with 类/款/项 rows, an empty 公开07表, a bar chart (图1) and a pie
 * chart (图3), a paragraph with computed figures and a placeholder for the 主要原因 still to be written.
 */
final class SampleDocuments {

    static final String DEPARTMENT = "武汉市江汉区保健医疗办公室";

    private SampleDocuments() {
    }

    static Document finalAccounts() {
        return finalAccounts(DEPARTMENT, "负责全区离休干部、保健对象的医疗保健工作。", "教育支出");
    }

    /**
     * @param departmentName printed in the title, the cover and the tables
     * @param duties         editorial text of 一、部门主要职责
     * @param classLabel     the name of class 205 (a user-maintained catalog name) in tables and charts
     */
    static Document finalAccounts(String departmentName, String duties, String classLabel) {
        String title = departmentName + "2024年度部门决算";
        Section overview = new Section("overview", 1, "第一部分 " + departmentName + "概况", List.of(), List.of(
                new Section("overview.duties", 2, "一、部门主要职责", List.of(Paragraph.of("duties", duties)), List.of()),
                new Section("overview.structure", 2, "二、机构设置情况",
                        List.of(Paragraph.of("structure", "本部门为一级预算单位，无下属单位。")), List.of())));
        Section tables = new Section("tables", 1, "第二部分 " + departmentName + "2024年度部门决算表",
                List.of(fa01(), fa05(classLabel), fa07()), List.of());
        Section explanations = new Section("explanations", 1, "第三部分 2024年度部门决算情况说明", List.of(), List.of(
                new Section("explanations.total", 2, "一、收入支出决算总体情况说明", List.of(totalParagraph(), chart1()),
                        List.of(new Section("explanations.total.detail", 3, "（一）主要变动原因",
                                List.of(Paragraph.of("total.detail", "详见各项说明。")), List.of()))),
                new Section("explanations.expenditure", 2, "三、支出决算情况说明", List.of(
                        Paragraph.of("expenditure", "2024年度支出合计4,879.07万元。"), chart3(classLabel)), List.of())));
        Section glossary = new Section("glossary", 1, "第四部分 名词解释", List.of(
                Paragraph.of("glossary.1", "一般公共预算财政拨款收入：指本级财政当年拨付的资金。")), List.of());
        return new Document(Document.Kind.FINAL_ACCOUNTS, "040001", departmentName, 2024, title, "wuhan-final-2024",
                List.of(overview, tables, explanations, glossary), facts());
    }

    static Table fa01() {
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("收入", 3, 1), new HeaderCell("支出", 3, 1)),
                List.of(h("项目"), h("行次"), h("决算数"), h("项目"), h("行次"), h("决算数")));
        String[][] income = {
                {"一、一般公共预算财政拨款收入", "4879.07"}, {"二、政府性基金预算财政拨款收入", null},
                {"三、国有资本经营预算财政拨款收入", null}, {"四、上级补助收入", null}, {"五、事业收入", null},
                {"六、经营收入", null}, {"七、附属单位上缴收入", null}, {"八、其他收入", null}};
        String[][] spending = {
                {"一、一般公共服务支出", null}, {"二、外交支出", null}, {"三、国防支出", null}, {"四、公共安全支出", null},
                {"五、教育支出", "1166.70"}, {"六、科学技术支出", null}, {"七、文化旅游体育与传媒支出", null},
                {"八、社会保障和就业支出", null}, {"九、卫生健康支出", "3712.37"}, {"十、节能环保支出", null}};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < spending.length; i++) {
            String[] in = i < income.length ? income[i] : new String[] {"", null};
            rows.add(new Row(RowKind.ITEM, 0, List.of(Cell.text(in[0]), Cell.text(String.valueOf(i + 1)), amount(in[1]),
                    Cell.text(spending[i][0]), Cell.text(String.valueOf(31 + i)), amount(spending[i][1]))));
        }
        rows.add(new Row(RowKind.SUBTOTAL, 0, List.of(Cell.text("本年收入合计"), Cell.text("27"), amount("4879.07"),
                Cell.text("本年支出合计"), Cell.text("57"), amount("4879.07"))));
        rows.add(new Row(RowKind.TOTAL, 0, List.of(Cell.text("总计"), Cell.text("30"), amount("4879.07"),
                Cell.text("总计"), Cell.text("60"), amount("4879.07"))));
        return new Table("FA01", "公开01表", "收入支出决算总表", "单位：万元", header, rows, null);
    }

    static Table fa05(String classLabel) {
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("功能分类科目编码", 1, 2), new HeaderCell("科目名称", 1, 2),
                        new HeaderCell("本年支出", 3, 1)),
                List.of(h("小计"), h("基本支出"), h("项目支出")));
        List<Row> rows = List.of(
                new Row(RowKind.TOTAL, 0, List.of(Cell.text(""), Cell.text("合计"), amount("4879.07"), amount(null),
                        amount("4879.07"))),
                new Row(RowKind.SUBTOTAL, 0, List.of(Cell.text("205"), Cell.text(classLabel), amount("1166.70"),
                        amount(null), amount("1166.70"))),
                new Row(RowKind.SUBTOTAL, 1, List.of(Cell.text("20599"), Cell.text("其他教育支出"), amount("1166.70"),
                        amount(null), amount("1166.70"))),
                new Row(RowKind.ITEM, 2, List.of(Cell.text("2059999"), Cell.text("其他教育支出"), amount("1166.70"),
                        amount(null), amount("1166.70"))),
                new Row(RowKind.SUBTOTAL, 0, List.of(Cell.text("210"), Cell.text("卫生健康支出"), amount("3712.37"),
                        amount(null), amount("3712.37"))),
                new Row(RowKind.SUBTOTAL, 1, List.of(Cell.text("21011"), Cell.text("行政事业单位医疗"), amount("2546.38"),
                        amount(null), amount("2546.38"))),
                new Row(RowKind.ITEM, 2, List.of(Cell.text("2101101"), Cell.text("行政单位医疗"), amount("1214.48"),
                        amount(null), amount("1214.48"))),
                new Row(RowKind.ITEM, 2, List.of(Cell.text("2101103"), Cell.text("公务员医疗补助"), amount("1331.90"),
                        amount(null), amount("1331.90"))),
                new Row(RowKind.SUBTOTAL, 1, List.of(Cell.text("21099"), Cell.text("其他卫生健康支出"), amount("1165.99"),
                        amount(null), amount("1165.99"))),
                new Row(RowKind.ITEM, 2, List.of(Cell.text("2109999"), Cell.text("其他卫生健康支出"), amount("1165.99"),
                        amount(null), amount("1165.99"))));
        return new Table("FA05", "公开05表", "一般公共预算财政拨款支出决算表", "单位：万元", header, rows, null);
    }

    static Table fa07() {
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("功能分类科目编码", 1, 2), new HeaderCell("科目名称", 1, 2),
                        new HeaderCell("年初结转和结余", 1, 2), new HeaderCell("本年收入", 1, 2),
                        new HeaderCell("本年支出", 3, 1), new HeaderCell("年末结转和结余", 1, 2)),
                List.of(h("小计"), h("基本支出"), h("项目支出")));
        List<Row> rows = List.of(new Row(RowKind.TOTAL, 0, List.of(Cell.text(""), Cell.text("合计"), amount(null),
                amount(null), amount(null), amount(null), amount(null), amount(null))));
        return new Table("FA07", "公开07表", "政府性基金预算财政拨款收入支出决算表", "单位：万元", header, rows,
                "本部门2024年度无政府性基金预算财政拨款收入支出。");
    }

    static Paragraph totalParagraph() {
        return new Paragraph("total", List.of(
                new Paragraph.Text("2024年度收、支总计均为"),
                new Paragraph.Figure("total.final", "4,879.07"),
                new Paragraph.Text("万元。与2023年度相比，收、支总计减少"),
                new Paragraph.Figure("total.yoy.amount", "161.92"),
                new Paragraph.Text("万元，下降"),
                new Paragraph.Figure("total.yoy.rate", "3.2%"),
                new Paragraph.Text("，主要原因是"),
                new Paragraph.Placeholder("total.yoy.reason", "（待填写：收支总计变动的主要原因）"),
                new Paragraph.Text("。")));
    }

    static Chart chart1() {
        return new Chart("fig1", "图1", "收、支决算总计变动情况", Chart.ChartKind.BAR, "单位：万元",
                List.of("2023年度", "2024年度"),
                List.of(new Chart.Series("收入总计", List.of(new BigDecimal("5040.99"), new BigDecimal("4879.07"))),
                        new Chart.Series("支出总计", List.of(new BigDecimal("5040.99"), new BigDecimal("4879.07")))));
    }

    static Chart chart3(String classLabel) {
        return new Chart("fig3", "图3", "支出决算结构", Chart.ChartKind.PIE, "单位：万元",
                List.of(classLabel, "卫生健康支出"),
                List.of(new Chart.Series("支出决算", List.of(new BigDecimal("1166.70"), new BigDecimal("3712.37")))));
    }

    static FactTable facts() {
        List<FactTable.Column> columns = List.of(
                new FactTable.Column("function_code", "支出功能分类科目编码", false, null),
                new FactTable.Column("function_name", "支出功能分类科目名称", false, null),
                new FactTable.Column("funding_source", "资金来源", false, null),
                new FactTable.Column("expenditure_type", "支出类型", false, null),
                new FactTable.Column("budget_initial", "年初预算数", true, "预算"),
                new FactTable.Column("budget_adjusted", "全年预算数", true, "调整"),
                new FactTable.Column("final", "决算数", true, "决算"));
        List<List<String>> rows = List.of(
                List.of("2059999", "其他教育支出", "一般公共预算财政拨款", "项目支出", "11800000.00", "11667000.00", "11667000.00"),
                List.of("2101101", "行政单位医疗", "一般公共预算财政拨款", "项目支出", "12000000.00", "12144800.00", "12144800.00"),
                List.of("2101103", "公务员医疗补助", "一般公共预算财政拨款", "项目支出", "13500000.00", "13319000.00", "13319000.00"),
                List.of("2109999", "其他卫生健康支出", "一般公共预算财政拨款", "项目支出", "11500000.00", "11659900.00", "11659900.00"));
        return new FactTable(columns, rows);
    }

    /**
     * A large document for the benchmark: {@code tables} tables of 类/款/项 rows (about 30 rows, 6 amount columns
     * each), a paragraph per table and a chart every fifth table.
     */
    static Document large(int tables) {
        List<Section> parts = new ArrayList<>();
        List<org.openbudget.publication.document.Block> tableBlocks = new ArrayList<>();
        List<Section> explanations = new ArrayList<>();
        for (int t = 1; t <= tables; t++) {
            tableBlocks.add(largeTable(t));
            List<org.openbudget.publication.document.Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph("p" + t, List.of(new Paragraph.Text("表" + t + "反映本部门本年度支出情况，合计"),
                    new Paragraph.Figure("t" + t, "1,234.56"), new Paragraph.Text("万元，主要原因是"),
                    new Paragraph.Placeholder("reason" + t, "（待填写）"), new Paragraph.Text("。"))));
            if (t % 5 == 0) {
                blocks.add(t % 10 == 0 ? chart3("教育支出") : chart1());
            }
            explanations.add(new Section("e" + t, 2, "（" + t + "）表" + t + "说明", blocks, List.of()));
        }
        parts.add(new Section("overview", 1, "第一部分 概况", List.of(Paragraph.of("o", "部门主要职责……")), List.of()));
        parts.add(new Section("tables", 1, "第二部分 部门决算表", tableBlocks, List.of()));
        parts.add(new Section("explanations", 1, "第三部分 情况说明", List.of(), explanations));
        return new Document(Document.Kind.FINAL_ACCOUNTS, "040001", DEPARTMENT, 2024, DEPARTMENT + "2024年度部门决算",
                "wuhan-final-2024", parts, facts());
    }

    private static Table largeTable(int t) {
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("功能分类科目编码", 1, 2), new HeaderCell("科目名称", 1, 2),
                        new HeaderCell("本年支出", 6, 1)),
                List.of(h("合计"), h("基本支出"), h("项目支出"), h("上缴上级支出"), h("经营支出"), h("对附属单位补助支出")));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.TOTAL, 0, cells("", "合计", 10000 + t)));
        for (int c = 0; c < 3; c++) {
            String classCode = String.valueOf(205 + c);
            rows.add(new Row(RowKind.SUBTOTAL, 0, cells(classCode, "类级科目" + c, 3000 + c)));
            for (int s = 0; s < 3; s++) {
                String sectionCode = classCode + String.format("%02d", s + 1);
                rows.add(new Row(RowKind.SUBTOTAL, 1, cells(sectionCode, "款级科目" + s, 1000 + s)));
                for (int i = 0; i < 2; i++) {
                    rows.add(new Row(RowKind.ITEM, 2, cells(sectionCode + String.format("%02d", i + 1),
                            "项级科目名称较长的一项支出" + i, 500 + i)));
                }
            }
        }
        return new Table("T" + t, "公开" + String.format("%02d", t) + "表", "支出决算表（" + t + "）", "单位：万元",
                header, rows, null);
    }

    private static List<Cell> cells(String code, String name, int base) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(code), Cell.text(name)));
        for (int k = 0; k < 6; k++) {
            cells.add(k == 4 ? Cell.amount(null) : Cell.amount(new BigDecimal(base * (k + 1)).movePointLeft(2)
                    .add(new BigDecimal("0.07"))));
        }
        return cells;
    }

    private static HeaderCell h(String text) {
        return new HeaderCell(text, 1, 1);
    }

    private static Cell amount(String value) {
        return Cell.amount(value == null ? null : new BigDecimal(value));
    }
}
