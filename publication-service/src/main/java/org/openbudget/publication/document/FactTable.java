package org.openbudget.publication.document;

import java.util.List;

/**
 * The fact-grain figures a document was computed from, for open data: dimension columns (classification codes,
 * funding source, expenditure type, project) and measure columns (年初预算/调整预算/决算, amounts in 元 as decimal
 * strings). Each column has an id, a Chinese title and whether it is a measure.
 */
public record FactTable(List<Column> columns, List<List<String>> rows) {

    public FactTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** {@code phase} is 预算/调整/决算 for a measure, null for a dimension. */
    public record Column(String id, String title, boolean measure, String phase) {
    }

    public static FactTable empty() {
        return new FactTable(List.of(), List.of());
    }
}
