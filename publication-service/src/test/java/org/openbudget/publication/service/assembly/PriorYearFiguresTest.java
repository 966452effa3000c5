package org.openbudget.publication.service.assembly;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.client.BudgetSource;
import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.service.assembly.PriorYearFigures.At;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A prior year held only for quoted figures is compared with on its declared cells only. */
class PriorYearFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SourceTable fa01() {
        return new SourceTable("FA01", "收入支出决算总表", 2023, 3, "万元", List.of(),
                List.of(new Row(null, "本年收入合计", "INCOME_TOTAL", Map.of("total", new BigDecimal("8080.82"))),
                        new Row(null, "收入总计", "INCOME_GRAND_TOTAL", Map.of("total", new BigDecimal("8080.82")))),
                new Row(null, "合计", null, Map.of("total", new BigDecimal("8080.82"))), null);
    }

    private static SourceTable fa05() {
        return new SourceTable("FA05", "一般公共预算财政拨款支出决算表", 2023, 3, "万元", List.of(),
                List.of(new Row("2101501", "行政运行", "ITEM", Map.of("total", new BigDecimal("8080.82"), "basic", new BigDecimal("8080.82")))),
                new Row(null, "合计", null, Map.of("total", new BigDecimal("8080.82"), "basic", new BigDecimal("8080.82"))), null);
    }

    private static BudgetSource prior(String scope, List<BudgetSource.Quoted> quoted) throws Exception {
        return new BudgetSource("WHYBZX", "武汉市医疗保险中心", null, "ADMINISTRATIVE", 2023, 3,
                Map.of("FA01", fa01(), "FA05", fa05()),
                scope == null ? Map.of() : Map.of("COVERAGE/ledger", JSON.readTree("{\"scope\":\"" + scope + "\"}")),
                List.of(), null, List.of(), quoted);
    }

    @Test
    void aCompletePriorYearGivesEveryCell() throws Exception {
        PriorYearFigures figures = new PriorYearFigures(Optional.of(prior(null, List.of())));
        assertEquals(Optional.of(new BigDecimal("8080.82")), figures.total("FA05", "basic"));
        assertEquals(Optional.of(BigDecimal.ZERO), figures.cell("FA05", At.row("2080501", "total")),
                "a 项 the prior year did not have is a zero of a complete year");
    }

    @Test
    void aQuotedFiguresYearGivesOnlyItsDeclaredCells() throws Exception {
        PriorYearFigures figures = new PriorYearFigures(Optional.of(prior("QUOTED_FIGURES", List.of(
                new BudgetSource.Quoted("FA01", "total", "total"),
                new BudgetSource.Quoted("FA01", "name=本年收入合计", "total"),
                new BudgetSource.Quoted("FA05", "2101501", "total")))));
        assertEquals(Optional.of(new BigDecimal("8080.82")), figures.total("FA01", "total"));
        assertEquals(Optional.of(new BigDecimal("8080.82")), figures.cell("FA01", At.rowOfKind("INCOME_TOTAL", "total")),
                "a row declared by its name is the row of that kind");
        assertEquals(Optional.empty(), figures.cell("FA01", At.rowOfKind("INCOME_GRAND_TOTAL", "total")));
        assertEquals(Optional.empty(), figures.total("FA05", "basic"), "基本支出 is a by-product of the aggregate lines");
        assertEquals(Optional.empty(), figures.total("FA05", "total"));
        assertEquals(Optional.of(new BigDecimal("8080.82")), figures.cell("FA05", At.row("2101501", "total")));
        assertEquals(Optional.empty(), figures.cells("FA01", List.of(At.total("total"), At.rowOfKind("INCOME_GRAND_TOTAL", "total"))),
                "a chart compares a whole series or none");
        assertEquals(Optional.of(List.of(new BigDecimal("8080.82"), new BigDecimal("8080.82"))),
                figures.cells("FA01", List.of(At.total("total"), At.rowOfKind("INCOME_TOTAL", "total"))));
    }

    @Test
    void noPriorYearNoComparison() {
        assertEquals(Optional.empty(), new PriorYearFigures(Optional.empty()).total("FA01", "total"));
    }
}
