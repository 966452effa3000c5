package org.openbudget.publication.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart drawn from figures (图1 收支总计变动, 图2 收入结构, 图3 支出结构, 图4 财政拨款收支变动).
 * BAR: one bar group per category, one bar per series. PIE: one series, its values the slices of the categories.
 */
public record Chart(String id, String number, String title, ChartKind kind, String unit, List<String> categories,
                    List<Series> series) implements Block {

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    public enum ChartKind { BAR, PIE }

    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = List.copyOf(values);
        }
    }
}
