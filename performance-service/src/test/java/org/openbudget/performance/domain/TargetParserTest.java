package org.openbudget.performance.domain;

import org.junit.jupiter.api.Test;
import org.openbudget.performance.domain.target.Comparator;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.Target;
import org.openbudget.performance.domain.target.TargetKind;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.domain.target.TargetVocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The target grammar over every 指标值 and 实际完成值 of the three seeds, and what it must refuse. */
class TargetParserTest {

    private final TargetParser parser = new TargetParser(TargetVocabulary.standard());

    record Expected(String text, String kind, String comparator, String value, String upper, String unit,
                    String direction, String meaning, String where) {
    }

    static List<Expected> seedTargets() throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = TargetParserTest.class.getResourceAsStream("/targets/seed-targets.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertEquals(9, c.length, "9 columns in: " + line);
                rows.add(new Expected(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
            }
        }
        return rows;
    }

    @Test
    void everySeedTargetIsReadAsListed() throws IOException {
        List<Expected> rows = seedTargets();
        assertTrue(rows.size() >= 70, "the file lists the seeds' targets: " + rows.size());
        List<String> wrong = new ArrayList<>();
        for (Expected e : rows) {
            TargetParser.Result r = parser.parse(e.text());
            if (!r.ok()) {
                wrong.add(e.text() + ": not read (" + r.explanation() + ")");
                continue;
            }
            Target t = r.target();
            String got = String.join("|", t.kind().name(), t.comparator() == null ? "-" : t.comparator().name(),
                    t.value() == null ? "-" : t.value().toPlainString(), t.upper() == null ? "-" : t.upper().toPlainString(),
                    t.unit() == null || t.unit().text().isEmpty() ? "-" : t.unit().text(),
                    t.direction() == null ? "-" : t.direction().name(), t.meaning() == null ? "-" : t.meaning());
            String want = String.join("|", e.kind(), e.comparator(), e.value(), e.upper(), e.unit(), e.direction(), e.meaning());
            if (!got.equals(want)) {
                wrong.add(e.text() + " (" + e.where() + "): got " + got + ", want " + want);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyQualitativeSeedTargetMatchesAPhraseOfTheVocabularyOnPurpose() throws IOException {
        for (Expected e : seedTargets()) {
            if (e.kind().equals("QUALITATIVE")) {
                assertFalse(e.meaning().equals("-"), e.text() + " must be classified by a vocabulary entry");
            }
        }
    }

    @Test
    void unitsCarryTheirScaleAndBase() {
        Target t = parser.parse(">1,065万").target();
        Target actual = parser.parse("1127.40万人").target();
        assertEquals(0, new BigDecimal("10650000").compareTo(t.unit().toBase(t.value())));
        assertEquals(0, new BigDecimal("11274000").compareTo(actual.unit().toBase(actual.value())));
        assertTrue(t.unit().comparableWith(actual.unit()), "万 (a bare count) compares with 万人");
        assertFalse(parser.parse("100%").target().unit().comparableWith(parser.parse("273家").target().unit()));
        assertEquals("%", parser.parse("５０％").target().unit().text(), "full-width digits and ％ are folded");
    }

    @Test
    void rangesWordsAndSuffixesAreUnderstood() {
        Target range = parser.parse("80%-90%").target();
        assertEquals(Comparator.RANGE, range.comparator());
        assertEquals("80", range.value().toPlainString());
        assertEquals("90", range.upper().toPlainString());
        assertNull(range.direction());
        assertEquals(Comparator.RANGE, parser.parse("80～90%").target().comparator());
        assertEquals(Comparator.LE, parser.parse("不超过5个工作日").target().comparator());
        assertEquals(Direction.NEGATIVE, parser.parse("不超过5个工作日").target().direction());
        assertEquals(Comparator.LE, parser.parse("10个工作日内").target().comparator());
        assertEquals(Comparator.GE, parser.parse("不低于95%").target().comparator());
        assertEquals(Comparator.LT, parser.parse("<3%").target().comparator());
        assertEquals(Direction.NEGATIVE, parser.parse("<3%").target().direction());
        assertEquals(Comparator.GE, parser.parse(">=98%").target().comparator());
        assertEquals("≥ 98 %", parser.parse(">=98%").target().canonical());
    }

    @Test
    void whatDoesNotParseSaysWhatWasUnderstood() {
        TargetParser.Result r = parser.parse("≥abc");
        assertFalse(r.ok());
        assertTrue(r.explanation().contains("comparator ≥ (GE)"), r.explanation());
        assertTrue(r.explanation().contains("a number must follow the comparator"), r.explanation());

        TargetParser.Result unit = parser.parse("≥95%%");
        assertFalse(unit.ok());
        assertTrue(unit.explanation().contains("number 95"), unit.explanation());
        assertTrue(unit.explanation().contains("unit %"), unit.explanation());
        assertTrue(unit.explanation().contains("cannot read '%'"), unit.explanation());

        assertFalse(parser.parse("90%-80%").ok(), "a range goes upwards");
        assertFalse(parser.parse("≥80%-90%").ok(), "a range has no comparator");
        assertFalse(parser.parse("≥90%以下").ok(), "以下 contradicts ≥");
        assertFalse(parser.parse("1O0%").ok(), "a letter O is not a zero");
        assertFalse(parser.parse("好").ok(), "an unknown phrase is not taken for qualitative by accident");
        assertFalse(parser.parse("  ").ok());
        assertFalse(parser.parse("5个 工作日 左右").ok());
    }

    @Test
    void aDeclaredKindDecides() {
        Target free = parser.parse("好", TargetKind.QUALITATIVE).target();
        assertEquals(TargetKind.QUALITATIVE, free.kind());
        assertNull(free.meaning());
        assertEquals("YES", parser.parse("是", TargetKind.QUALITATIVE).target().meaning());
        assertFalse(parser.parse("是", TargetKind.QUANTITATIVE).ok(), "a phrase is not a quantity");
        assertTrue(parser.parse("2024年度内", TargetKind.QUANTITATIVE).explanation().contains("cannot read"));
    }
}
