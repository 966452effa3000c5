package org.openbudget.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table block of a published document (neutral model: header rows, rows of cells {text, amount}) and where a
 * derived cell shows in it. publication-service's TableBuilder lays a 收支总表 side by side — 收入 name | first
 * column, then 支出 name | every column — and every other table as [code,] name, then the amount columns in derived
 * order. A derived row is found by its code (when the table prints codes) or its name on its side, never by position,
 * so a row that went missing or moved shows as such.
 */
final class DocumentTable {

    private static final Set<String> CODE_TITLES = Set.of("科目编码", "项目编码");

    final JsonNode block;
    private final boolean statement;
    private final boolean codes;

    DocumentTable(JsonNode block) {
        this.block = block;
        JsonNode first = block.path("header").path(0).path(0);
        this.statement = "收入".equals(first.path("text").asText());
        this.codes = CODE_TITLES.contains(first.path("text").asText());
    }

    boolean isEmpty() {
        return block.path("rows").isEmpty();
    }

    /** The printed cell; {@code notPrinted} when the layout has no place for it (the income side's other columns). */
    record Found(JsonNode cell, String rowText, boolean notPrinted, String problem) {
    }

    Found locate(JsonNode derivedRow, int columnIndex) {
        String code = derivedRow.path("code").asText(null);
        String name = derivedRow.path("name").asText("");
        int nameAt;
        int amountAt;
        if (statement) {
            boolean income = derivedRow.path("level").asText("").startsWith("INCOME");
            if (income && columnIndex != 0) {
                return new Found(null, name, true, null);
            }
            nameAt = income ? 0 : 2;
            amountAt = income ? 1 : 3 + columnIndex;
        } else {
            nameAt = codes ? 1 : 0;
            amountAt = (codes ? 2 : 1) + columnIndex;
        }
        for (JsonNode row : block.path("rows")) {
            JsonNode cells = row.path("cells");
            boolean match = !statement && codes && code != null
                    ? code.equals(text(cells, 0))
                    : name.equals(text(cells, nameAt)) && (statement || !codes || text(cells, 0).isEmpty());
            if (match) {
                if (amountAt >= cells.size()) {
                    return new Found(null, rowText(cells), false, "row has " + cells.size() + " cells, wanted cell " + amountAt);
                }
                return new Found(cells.get(amountAt), rowText(cells), false, null);
            }
        }
        return new Found(null, null, false, "no row " + (code != null && codes ? code + " " : "") + name);
    }

    private static String text(JsonNode cells, int index) {
        return index < cells.size() ? cells.get(index).path("text").asText("") : "";
    }

    private static String rowText(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(c -> {
            if (c.path("amount").isNull() || c.path("amount").isMissingNode()) {
                if (!c.path("text").asText("").isEmpty()) {
                    texts.add(c.path("text").asText());
                }
            }
        });
        return String.join(" ", texts);
    }
}
