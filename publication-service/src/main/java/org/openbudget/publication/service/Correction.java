package org.openbudget.publication.service;

import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A 更正说明: what changed between the version that was public and its replacement — each table cell (table,
 * row, column, old → new) and each sentence (section, old → new). Tables pair cells by row label and column
 * heading, text pairs paragraphs by their stable ids, so an inserted row reads as added, not as everything moving.
 */
public record Correction(int againstNumber, List<CellChange> cells, List<TextChange> texts) {

    public record CellChange(String table, String row, String column, String oldValue, String newValue) {
    }

    public record TextChange(String section, String oldText, String newText) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return cells.isEmpty() && texts.isEmpty();
    }

    public static Correction between(int againstNumber, Document before, Document after) {
        List<CellChange> cells = new ArrayList<>();
        Map<String, Table> oldTables = new LinkedHashMap<>();
        before.tables().forEach(t -> oldTables.put(t.id(), t));
        for (Table table : after.tables()) {
            Map<String, String> now = cellsOf(table);
            Map<String, String> then = oldTables.containsKey(table.id()) ? cellsOf(oldTables.get(table.id())) : Map.of();
            String name = table.number() + " " + table.title();
            java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(then.keySet());
            keys.addAll(now.keySet());
            for (String key : keys) {
                String o = then.getOrDefault(key, "");
                String n = now.getOrDefault(key, "");
                if (!o.equals(n)) {
                    String[] rowColumn = key.split("\u0000", 2);
                    cells.add(new CellChange(name, rowColumn[0], rowColumn[1], o, n));
                }
            }
        }
        Map<String, String[]> oldTexts = paragraphs(before);
        Map<String, String[]> newTexts = paragraphs(after);
        List<TextChange> texts = new ArrayList<>();
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(newTexts.keySet());
        ids.addAll(oldTexts.keySet());
        for (String id : ids) {
            String[] o = oldTexts.get(id);
            String[] n = newTexts.get(id);
            String oldText = o == null ? "" : o[1];
            String newText = n == null ? "" : n[1];
            if (!oldText.equals(newText)) {
                texts.addAll(sentences(n != null ? n[0] : o[0], oldText, newText));
            }
        }
        return new Correction(againstNumber, cells, texts);
    }

    /** Amount cells keyed "row label \0 column heading". */
    private static Map<String, String> cellsOf(Table table) {
        List<String> columns = columnLabels(table);
        boolean statement = !table.header().isEmpty() && "收入".equals(table.header().get(0).get(0).text());
        Map<String, String> cells = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Table.Cell cell = row.cells().get(i);
                if (cell.amount() == null && !cell.text().isEmpty()) {
                    texts.add(cell.text());
                    continue;
                }
                if (cell.text().isEmpty() && cell.amount() == null && texts.isEmpty()) {
                    continue;
                }
                String label = statement ? (texts.isEmpty() ? "" : texts.get(texts.size() - 1)) : String.join(" ", texts);
                String column = i < columns.size() ? columns.get(i) : "第" + (i + 1) + "列";
                cells.putIfAbsent(label + "\u0000" + column, cell.text());
            }
        }
        return cells;
    }

    /** The heading of each grid column: the texts above it, joined by "·" (spans expanded). */
    static List<String> columnLabels(Table table) {
        int width = table.rows().isEmpty() ? 0 : table.rows().get(0).cells().size();
        for (List<Table.HeaderCell> row : table.header()) {
            width = Math.max(width, row.stream().mapToInt(Table.HeaderCell::colspan).sum());
        }
        String[][] grid = new String[table.header().size()][width];
        for (int r = 0; r < table.header().size(); r++) {
            int c = 0;
            for (Table.HeaderCell cell : table.header().get(r)) {
                while (c < width && grid[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan() && r + dr < grid.length; dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                        grid[r + dr][c + dc] = cell.text();
                    }
                }
                c += cell.colspan();
            }
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] row : grid) {
                if (row[c] != null && (parts.isEmpty() || !Objects.equals(parts.get(parts.size() - 1), row[c]))) {
                    parts.add(row[c]);
                }
            }
            labels.add(String.join("·", parts));
        }
        return labels;
    }

    /** Paragraph id → {section heading, text}. */
    private static Map<String, String[]> paragraphs(Document document) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Section section : document.sections()) {
            collect(section, out);
        }
        return out;
    }

    private static void collect(Section section, Map<String, String[]> out) {
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph p) {
                out.put(p.id(), new String[]{section.heading(), p.plainText()});
            }
        }
        section.children().forEach(child -> collect(child, out));
    }

    /** The sentences that differ, paired by position when both texts have as many; else the paragraph whole. */
    private static List<TextChange> sentences(String section, String oldText, String newText) {
        String[] o = oldText.split("(?<=。)");
        String[] n = newText.split("(?<=。)");
        List<TextChange> changes = new ArrayList<>();
        if (o.length != n.length) {
            changes.add(new TextChange(section, oldText, newText));
            return changes;
        }
        for (int i = 0; i < o.length; i++) {
            if (!o[i].equals(n[i])) {
                changes.add(new TextChange(section, o[i].strip(), n[i].strip()));
            }
        }
        return changes;
    }
}
