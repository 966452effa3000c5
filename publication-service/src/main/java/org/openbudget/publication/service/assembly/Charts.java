package org.openbudget.publication.service.assembly;

import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.document.Chart;
import org.openbudget.publication.service.assembly.PriorYearFigures.At;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 图1–图4 of a 决算, drawn from the same derived tables as the text beside them. */
final class Charts {

    private Charts() {
    }

    static Optional<Chart> chart(String id, Inputs in) {
        switch (id) {
            case "totals":
                return Optional.of(change(in, "totals", "图1", "收、支决算总计变动情况", "FA01", List.of("收入总计", "支出总计"),
                        List.of(At.rowOfKind("INCOME_GRAND_TOTAL", "total"), At.total("total"))));
            case "income-structure": {
                SourceTable fa01 = in.table("FA01");
                List<Row> sources = fa01.rows().stream().filter(r -> "INCOME".equals(r.level()) && r.amount("total").signum() != 0).toList();
                return Optional.of(new Chart("income-structure", "图2", "收入决算结构", Chart.ChartKind.PIE, "万元",
                        sources.stream().map(Row::name).toList(),
                        List.of(new Chart.Series(in.year() + "年度", sources.stream().map(r -> r.amount("total")).toList()))));
            }
            case "expenditure-structure": {
                SourceTable fa03 = in.table("FA03");
                List<String> names = new ArrayList<>();
                List<BigDecimal> values = new ArrayList<>();
                fa03.columns().stream().filter(c -> !c.id().equals("total") && fa03.totalOf(c.id()).signum() != 0).forEach(c -> {
                    names.add(c.title());
                    values.add(fa03.totalOf(c.id()));
                });
                return Optional.of(new Chart("expenditure-structure", "图3", "支出决算结构", Chart.ChartKind.PIE, "万元", names,
                        List.of(new Chart.Series(in.year() + "年度", values))));
            }
            case "appropriation":
                return Optional.of(change(in, "appropriation", "图4", "财政拨款收、支决算总计变动情况", "FA04", List.of("财政拨款收入总计", "财政拨款支出总计"),
                        List.of(At.rowOfKind("INCOME_GRAND_TOTAL", "total"), At.total("total"))));
            default:
                throw new IllegalStateException("no chart " + id);
        }
    }

    /** Bars of the prior year (when its figures may be compared with) and this year for the same categories. */
    private static Chart change(Inputs in, String id, String number, String title, String tableId, List<String> categories,
                                List<At> cells) {
        List<Chart.Series> series = new ArrayList<>();
        in.priorFigures().cells(tableId, cells)
                .ifPresent(values -> series.add(new Chart.Series((in.year() - 1) + "年度", values)));
        SourceTable current = in.table(tableId);
        series.add(new Chart.Series(in.year() + "年度", cells.stream().map(at -> PriorYearFigures.value(current, at)).toList()));
        return new Chart(id, number, title, Chart.ChartKind.BAR, "万元", categories, series);
    }
}
