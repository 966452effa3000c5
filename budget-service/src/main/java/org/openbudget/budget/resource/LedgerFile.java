package org.openbudget.budget.resource;

import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.Flow;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.Measure;
import org.openbudget.budget.service.DomainException;
import org.openbudget.budget.service.LedgerService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The import/export file format of a department-year (docs/import-formats.md): one row per ledger line, with the
 * columns below; amounts in 元 with at most two decimals; an empty amount is no figure. The same format is read and
 * written, so an export can be edited and imported back.
 */
final class LedgerFile {

    static final List<String> COLUMNS = List.of("flow", "functionCode", "economicCode", "fundingSource",
            "expenditureType", "projectCode", "initialBudget", "adjustedBudget", "finalAccount");
    static final Map<Measure, String> MEASURE_COLUMNS = Map.of(Measure.INITIAL_BUDGET, "initialBudget",
            Measure.ADJUSTED_BUDGET, "adjustedBudget", Measure.FINAL_ACCOUNT, "finalAccount");
    static final int MAX_ROWS = 200_000;

    private LedgerFile() {
    }

    /** One row as read, with its position for error messages ({@code rows[12]} = line 12 of a CSV). */
    record Row(String at, Map<String, String> cells) {
    }

    /** Converts rows to figure changes, collecting every cell error (field = {@code rows[n].column}) before failing. */
    static List<LedgerService.FigureChange> figures(List<Row> rows) {
        if (rows.size() > MAX_ROWS) {
            throw DomainException.unprocessable("rows", "at most " + MAX_ROWS + " rows per import");
        }
        List<DomainException.Violation> violations = new ArrayList<>();
        List<LedgerService.FigureChange> figures = new ArrayList<>();
        java.util.Set<LedgerService.Grain> seen = new java.util.HashSet<>();
        for (Row row : rows) {
            int before = violations.size();
            Flow flow = parse(row, "flow", Flow::valueOf, violations, Flow.EXPENDITURE);
            FundingSource source = parse(row, "fundingSource", FundingSource::valueOf, violations, null);
            if (source == null && violations.size() == before) {
                violations.add(new DomainException.Violation(row.at() + ".fundingSource", "required"));
            }
            ExpenditureType type = parse(row, "expenditureType", ExpenditureType::valueOf, violations, null);
            String function = code(row, "functionCode", Codes.FUNCTION_CODE, violations);
            String economic = code(row, "economicCode", Codes.ECONOMIC_CODE, violations);
            String project = code(row, "projectCode", Codes.PROJECT, violations);
            Map<Measure, BigDecimal> amounts = new EnumMap<>(Measure.class);
            MEASURE_COLUMNS.forEach((measure, column) -> {
                String text = blankToNull(row.cells().get(column));
                if (text != null) {
                    try {
                        BigDecimal amount = new BigDecimal(text.replace(",", ""));
                        if (amount.signum() < 0 || text.strip().startsWith("-") || amount.scale() > 2
                                || amount.precision() - amount.scale() > 16) {
                            violations.add(new DomainException.Violation(row.at() + "." + column,
                                    "must be ≥ 0 with at most 16 digits and 2 decimals (元), not " + text));
                        } else {
                            amounts.put(measure, amount.setScale(2));
                        }
                    } catch (NumberFormatException e) {
                        violations.add(new DomainException.Violation(row.at() + "." + column, "not a number: " + text));
                    }
                }
            });
            if (violations.size() > before) {
                continue;
            }
            LedgerService.Grain grain = new LedgerService.Grain(flow, function, economic, source, type, project);
            if (!seen.add(grain)) {
                violations.add(new DomainException.Violation(row.at(), "a second row for the same line (same flow, "
                        + "codes, source, type and project)"));
                continue;
            }
            amounts.forEach((measure, amount) ->
                    figures.add(new LedgerService.FigureChange(row.at(), grain, measure, amount)));
        }
        if (!violations.isEmpty()) {
            throw DomainException.unprocessable(violations.subList(0, Math.min(violations.size(), 1000)));
        }
        return figures;
    }

    static List<Row> csvRows(String body) {
        List<List<String>> records = Csv.uploaded(body, "a header row " + String.join(",", COLUMNS));
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty() || !header.contains("fundingSource")) {
            throw DomainException.unprocessable("rows[1]", "header columns must be among " + COLUMNS
                    + " and include fundingSource; unknown: " + unknown);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> cells = new java.util.HashMap<>();
            List<String> record = records.get(i);
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new Row("rows[" + (i + 1) + "]", cells));
        }
        return rows;
    }

    /** One map per line, column → text, empty cells left out: the JSON export and the source of the CSV. */
    static List<Map<String, String>> toRows(List<LedgerLine> lines) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (LedgerLine line : lines) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            row.put("flow", line.flow.name());
            putIfPresent(row, "functionCode", line.functionCode);
            putIfPresent(row, "economicCode", line.economicCode);
            row.put("fundingSource", line.fundingSource.name());
            putIfPresent(row, "expenditureType", line.expenditureType == null ? null : line.expenditureType.name());
            putIfPresent(row, "projectCode", line.projectCode);
            MEASURE_COLUMNS.forEach((measure, column) -> putIfPresent(row, column,
                    line.amount(measure) == null ? null : line.amount(measure).toPlainString()));
            rows.add(row);
        }
        return rows;
    }

    /** Codes, enum names and plain decimals never need CSV quoting. */
    static String toCsv(List<LedgerLine> lines) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Map<String, String> row : toRows(lines)) {
            csv.append(COLUMNS.stream().map(c -> row.getOrDefault(c, "")).collect(java.util.stream.Collectors.joining(",")))
                    .append('\n');
        }
        return csv.toString();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The first sheet of a workbook in the same layout as the CSV: a header row, then one line per row. */
    static List<Row> xlsxRows(java.io.InputStream in) {
        List<Row> rows = new ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(in);
             java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
            List<String> header = new ArrayList<>();
            java.util.Iterator<org.dhatim.fastexcel.reader.Row> it = sheet.iterator();
            while (it.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                if (header.isEmpty()) {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        header.add(row.getCellAsString(c).orElse("").strip());
                    }
                    List<String> unknown = header.stream().filter(h -> !h.isEmpty() && !COLUMNS.contains(h)).toList();
                    if (!unknown.isEmpty() || !header.contains("fundingSource")) {
                        throw DomainException.unprocessable("rows[" + row.getRowNum() + "]", "header columns must be among "
                                + COLUMNS + " and include fundingSource; unknown: " + unknown);
                    }
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw DomainException.unprocessable("rows", "at most " + MAX_ROWS + " rows per import");
                }
                Map<String, String> cells = new java.util.HashMap<>();
                boolean any = false;
                for (int c = 0; c < header.size() && c < row.getCellCount(); c++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
                    String text = cell == null ? null : cell.getRawValue();
                    if (text != null && !text.isBlank()) {
                        cells.put(header.get(c), cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                                ? spreadsheetNumber(text) : cell.getText());
                        any = true;
                    }
                }
                if (any) {
                    rows.add(new Row("rows[" + row.getRowNum() + "]", cells));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.unprocessable("body", "not a readable XLSX workbook");
        }
        return rows;
    }

    /**
     * A numeric cell is a binary double (a formula may leave 1234.5600000000001): take it to fen when it is within
     * a billionth of a fen amount, otherwise keep every digit so that the amount check refuses it by name.
     */
    static String spreadsheetNumber(String raw) {
        BigDecimal exact = new BigDecimal(raw);
        BigDecimal fen = exact.setScale(2, java.math.RoundingMode.HALF_UP);
        return exact.subtract(fen).abs().compareTo(new BigDecimal("1E-9")) <= 0 ? fen.toPlainString() : exact.toPlainString();
    }

    /** One sheet: codes and names as text, amounts as numbers (so a spreadsheet can add them up), widths set for CJK. */
    static byte[] toXlsx(List<LedgerLine> lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "openbudget", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("ledger");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                sheet.width(c, c < 6 ? 26 : 18);
            }
            int r = 1;
            for (Map<String, String> row : toRows(lines)) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = row.get(COLUMNS.get(c));
                    if (value == null) {
                        continue;
                    }
                    if (c >= 6) {
                        sheet.value(r, c, new BigDecimal(value));
                        sheet.style(r, c).format("0.00").set();
                    } else {
                        sheet.value(r, c, value);
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void putIfPresent(Map<String, String> row, String column, String value) {
        if (value != null) {
            row.put(column, value);
        }
    }

    private static <T> T parse(Row row, String column, Function<String, T> parser,
                               List<DomainException.Violation> violations, T fallback) {
        String text = blankToNull(row.cells().get(column));
        if (text == null) {
            return fallback;
        }
        try {
            return parser.apply(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new DomainException.Violation(row.at() + "." + column, "unknown value " + text));
            return fallback;
        }
    }

    private static String code(Row row, String column, String pattern, List<DomainException.Violation> violations) {
        String text = blankToNull(row.cells().get(column));
        if (text != null && !text.matches(pattern)) {
            violations.add(new DomainException.Violation(row.at() + "." + column, "malformed code " + text));
            return null;
        }
        return text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
