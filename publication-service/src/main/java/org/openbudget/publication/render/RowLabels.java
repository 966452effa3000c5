package org.openbudget.publication.render;

import java.util.ArrayList;
import java.util.List;
import org.openbudget.publication.document.Table;

/**
 * Which cells of a body row name the row. A row starts with text cells (科目编码, 科目名称, 项目, 行次) and goes on
 * with figures; the naming cells are the leading text cells up to the last non-empty one before the first amount.
 * The model has no column roles, so this reading of the row is the one shared by HTML (row headers, indentation)
 * and open data (row label).
 */
final class RowLabels {

    private RowLabels() {
    }

    /** How many leading cells are row headers. */
    static int labelCount(List<Table.Cell> cells) {
        int count = 0;
        for (int i = 0; i < cells.size(); i++) {
            Table.Cell cell = cells.get(i);
            if (cell.isAmount()) {
                break;
            }
            if (!cell.text().isBlank()) {
                count = i + 1;
            }
        }
        return count;
    }

    /**
     * The cell that carries the name (and the 类/款/项 indentation): the last row-header cell with something other
     * than digits in it, so "2080501 | 行政单位离退休" indents the name, not the code, and "一、… | 1" (项目, 行次) the
     * item, not the line number. -1 when there is none.
     */
    static int labelIndex(List<Table.Cell> cells) {
        int count = labelCount(cells);
        for (int i = count - 1; i >= 0; i--) {
            String text = cells.get(i).text().strip();
            if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
                return i;
            }
        }
        return count - 1;
    }

    /** The row-header texts that are not blank, e.g. ["2080501", "行政单位离退休"]. */
    static List<String> labels(List<Table.Cell> cells) {
        List<String> labels = new ArrayList<>();
        int count = labelCount(cells);
        for (int i = 0; i < count; i++) {
            String text = cells.get(i).text().strip();
            if (!text.isEmpty()) {
                labels.add(text);
            }
        }
        return labels;
    }

    /**
     * The label of one figure: where the table sets side by side under separate top headers (收入 | 支出 in 公开01表
     * and 公开04表), the text cells under the figure's own top header; otherwise the row's {@link #labels}.
     */
    static String labelOf(List<Table.Cell> cells, HeaderGrid grid, int column) {
        HeaderGrid.Placed top = grid.top(column);
        if (top != null && top.lastColumn() > top.column()) {
            List<String> own = new ArrayList<>();
            for (int c = top.column(); c <= top.lastColumn() && c < cells.size(); c++) {
                Table.Cell cell = cells.get(c);
                if (c != column && !cell.isAmount() && !cell.text().isBlank()) {
                    own.add(cell.text().strip());
                }
            }
            if (!own.isEmpty()) {
                return String.join(" ", own);
            }
        }
        return String.join(" ", labels(cells));
    }
}
