package org.openbudget.publication.render;

import java.util.ArrayList;
import java.util.List;
import org.openbudget.publication.document.Table;

/**
 * A table header's cells placed on the grid as HTML places them (a cell goes to the first column its row has not
 * yet filled, cells from rows above reach down by their rowspan). XLSX merges and open data's column paths read it.
 */
final class HeaderGrid {

    /** One header cell at its place: 0-based row and column of its top-left corner. */
    record Placed(Table.HeaderCell cell, int row, int column) {
        int lastRow() {
            return row + Math.max(1, cell.rowspan()) - 1;
        }

        int lastColumn() {
            return column + Math.max(1, cell.colspan()) - 1;
        }
    }

    private final List<Placed> placed = new ArrayList<>();
    private final int rows;
    private int columns;

    HeaderGrid(List<List<Table.HeaderCell>> header) {
        this.rows = header.size();
        List<boolean[]> taken = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (Table.HeaderCell cell : header.get(r)) {
                while (isTaken(taken, r, c)) {
                    c++;
                }
                Placed p = new Placed(cell, r, c);
                placed.add(p);
                for (int rr = r; rr <= p.lastRow(); rr++) {
                    for (int cc = c; cc <= p.lastColumn(); cc++) {
                        take(taken, rr, cc);
                    }
                }
                columns = Math.max(columns, p.lastColumn() + 1);
                c = p.lastColumn() + 1;
            }
        }
    }

    List<Placed> cells() {
        return placed;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** The first header row's cell over a column, null if none. */
    Placed top(int column) {
        for (Placed p : placed) {
            if (p.row() == 0 && p.column() <= column && column <= p.lastColumn()) {
                return p;
            }
        }
        return null;
    }

    /** The header texts above a column, top to bottom, each once (a cell spanning rows is named once). */
    List<String> path(int column) {
        List<String> path = new ArrayList<>();
        for (Placed p : placed) {
            if (p.column() <= column && column <= p.lastColumn()) {
                String text = p.cell().text() == null ? "" : p.cell().text().strip();
                if (!text.isEmpty()) {
                    path.add(text);
                }
            }
        }
        return path;
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, int r, int c) {
        while (taken.size() <= r) {
            taken.add(new boolean[0]);
        }
        boolean[] row = taken.get(r);
        if (row.length <= c) {
            row = java.util.Arrays.copyOf(row, c + 8);
            taken.set(r, row);
        }
        row[c] = true;
    }
}
