package org.openbudget.publication.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What budget-service's {@code GET …/disclosure-source?revision=N} returns: one revision of a department-year —
 * every derived table (万元), attributes, validation findings and fact-grain lines. A tolerant reader: fields this
 * service does not use are ignored, so budget-service can add some without breaking it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetSource(String departmentCode, String departmentName, String parentCode, String unitType,
                           int fiscalYear, long revision, Map<String, SourceTable> tables,
                           Map<String, JsonNode> attributes, List<Statistic> statistics, Validation validation,
                           List<Line> lines, List<Quoted> declaredCells) {

    /** Whether the year's lines are aggregates that give only the figures later documents quote (its declared cells). */
    public boolean quotedFiguresOnly() {
        return attribute("COVERAGE", "ledger").map(v -> "QUOTED_FIGURES".equals(v.path("scope").asText()))
                .orElse(false);
    }

    public Optional<SourceTable> table(String id) {
        return Optional.ofNullable(tables == null ? null : tables.get(id));
    }

    /** An attribute's value, e.g. {@code attribute("EXPLANATION", "yoy:total")}. */
    public Optional<JsonNode> attribute(String kind, String key) {
        return Optional.ofNullable(attributes == null ? null : attributes.get(kind + "/" + key));
    }

    /** The text of an explanation (主要原因) attached to a subject, if someone has written it. */
    public Optional<String> explanation(String subject) {
        return attribute("EXPLANATION", subject).map(v -> v.path("text").asText(null))
                .filter(t -> !t.isBlank());
    }

    /** A statistic (政府采购, 国有资产, "三公" counts, 人员) as a number, if recorded. */
    public Optional<BigDecimal> statistic(String key) {
        return attribute("STATISTIC", key).map(v -> v.path("amount").asText(null)).filter(s -> s != null && !s.isBlank())
                .map(BigDecimal::new);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SourceTable(String id, String title, int fiscalYear, long revision, String unit, List<Column> columns,
                              List<Row> rows, Row total, String emptyNote) {

        public boolean isEmpty() {
            return rows == null || rows.isEmpty();
        }

        public Optional<Row> row(String code) {
            return rows.stream().filter(r -> code.equals(r.code())).findFirst();
        }

        public Optional<Row> rowOfKind(String kind) {
            return rows.stream().filter(r -> kind.equals(r.level())).findFirst();
        }

        /** A total cell, zero when the table has no figure there. */
        public BigDecimal totalOf(String column) {
            return total == null ? BigDecimal.ZERO : total.amount(column);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String id, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String code, String name, String level, Map<String, BigDecimal> cells) {

        /** The cell, zero when there is no figure (for arithmetic; printing keeps the empty cell). */
        public BigDecimal amount(String column) {
            BigDecimal value = cells == null ? null : cells.get(column);
            return value == null ? BigDecimal.ZERO : value;
        }

        public BigDecimal cell(String column) {
            return cells == null ? null : cells.get(column);
        }
    }

    /** A cell a document printed (row key: total, level=…, code=… or a bare code, name=…). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quoted(String table, String row, String column) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistic(String key, String name, String unit, boolean integer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validation(long revision, int errors, int warnings, List<Finding> findings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleId, String severity, String zh, String en, String location, String expected,
                          String actual) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String flow, String functionCode, String economicCode, String fundingSource,
                       String expenditureType, String projectCode, BigDecimal initialBudget,
                       BigDecimal adjustedBudget, BigDecimal finalAccount) {
    }
}
