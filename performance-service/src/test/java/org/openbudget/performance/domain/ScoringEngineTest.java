package org.openbudget.performance.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openbudget.performance.domain.scoring.Scorecard;
import org.openbudget.performance.domain.scoring.ScoringEngine;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.domain.target.TargetVocabulary;
import org.openbudget.performance.service.PolicyCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scoring engine as pure code: seed 002's printed scores under its own rules, seed 000's unscored forms under the
 * national policy (expected values worked by hand in the comments), and each formula's edge.
 */
class ScoringEngineTest {

    static final Map<String, ScoringPolicy> POLICIES = PolicyCatalog.loadAll();
    static final ScoringPolicy NATIONAL = POLICIES.get("national-2020");
    static final ScoringPolicy WUHAN = POLICIES.get("wuhan-municipal-2024");
    final TargetParser parser = new TargetParser(TargetVocabulary.standard());
    long ids = 1;

    static JsonNode seed(String name) throws IOException {
        try (InputStream in = ScoringEngineTest.class.getResourceAsStream("/seeds/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    ScoringEngine.IndicatorInput input(JsonNode i) {
        return new ScoringEngine.IndicatorInput(ids++, i.get("name").asText(),
                IndicatorLevel1.valueOf(i.get("level1").asText()), IndicatorLevel2.valueOf(i.get("level2").asText()),
                parser.parse(i.get("target").asText()).target(), decimal(i, "weight"),
                parser.parse(i.get("actual").asText()).target(), null, decimal(i, "deduction"),
                i.path("deductionReason").asText(null));
    }

    static BigDecimal decimal(JsonNode n, String field) {
        return n.hasNonNull(field) ? new BigDecimal(n.get(field).asText()) : null;
    }

    static BigDecimal yuan(String wanYuan) {
        return new BigDecimal(wanYuan).movePointRight(4);
    }

    ScoringEngine.IndicatorInput quantitative(String level1, String target, String actual, String weight) {
        IndicatorLevel1 l1 = IndicatorLevel1.valueOf(level1);
        IndicatorLevel2 l2 = switch (l1) {
            case OUTPUT -> IndicatorLevel2.QUANTITY;
            case BENEFIT -> IndicatorLevel2.SOCIAL_BENEFIT;
            case SATISFACTION -> IndicatorLevel2.BENEFICIARY_SATISFACTION;
            case COST -> IndicatorLevel2.ECONOMIC_COST;
        };
        return new ScoringEngine.IndicatorInput(ids++, target, l1, l2, parser.parse(target).target(),
                weight == null ? null : new BigDecimal(weight), actual == null ? null : parser.parse(actual).target(),
                null, null, null);
    }

    @Test
    void seed002IsScoredAsPrintedUnderItsOwnRules() throws IOException {
        for (JsonNode subject : seed("002-self-evaluation.json").get("subjects")) {
            List<ScoringEngine.IndicatorInput> inputs = new ArrayList<>();
            subject.get("indicators").forEach(i -> inputs.add(input(i)));
            JsonNode printed = subject.get("printed");
            Scorecard card = ScoringEngine.score(WUHAN, new ScoringEngine.SubjectInput(yuan(printed.get("budgeted").asText()),
                    yuan(printed.get("executed").asText()), inputs));
            assertTrue(card.complete(), card.incomplete().toString());
            assertEquals(0, new BigDecimal(printed.get("executionScore").asText()).compareTo(card.execution().score()));
            int k = 0;
            for (Scorecard.GroupScore g : card.groups()) {
                assertEquals(printed.get("groupScores").get(g.id()).asText(), g.score().toPlainString(), g.id());
                for (Scorecard.IndicatorScore s : g.indicators()) {
                    JsonNode source = subject.get("indicators").get(k++);
                    assertEquals(source.get("name").asText(), s.name());
                    assertEquals(source.get("printedScore").asText(), s.score().toPlainString(), s.name());
                    assertEquals("GIVEN", s.weightSource());
                }
            }
            assertEquals(0, new BigDecimal(printed.get("total").asText()).compareTo(card.total()));
            assertEquals(printed.get("grade").asText(), card.grade().zh());
            assertEquals(printed.get("type").asText(), card.grade().type());
        }
    }

    @Test
    void seed002sSatisfactionTraceShowsTheFormulaAndTheDeduction() throws IOException {
        JsonNode wide = seed("002-self-evaluation.json").get("subjects").get(0);
        List<ScoringEngine.IndicatorInput> inputs = new ArrayList<>();
        wide.get("indicators").forEach(i -> inputs.add(input(i)));
        Scorecard card = ScoringEngine.score(WUHAN, new ScoringEngine.SubjectInput(yuan("9111.11"), yuan("9111.11"), inputs));
        Scorecard.IndicatorScore satisfaction = card.groups().get(2).indicators().get(0);
        assertEquals("max(0, weight × min(B/A, 1) − deduction)", satisfaction.trace().formula());
        assertEquals("1.00", satisfaction.trace().inputs().get("deduction"));
        assertTrue(satisfaction.trace().notes().stream().anyMatch(n -> n.startsWith("deducted 1.00: 全年只有 43 人")));
        Scorecard.IndicatorScore insured = card.groups().get(0).indicators().get(0);
        // 1127.40万人 against >1,065万: B/A = 11,274,000 / 10,650,000 = 105.86%, capped
        assertTrue(insured.trace().notes().contains("ratio 105.86% capped at 100%"), insured.trace().notes().toString());
        assertEquals("weight × min(B/A, 1)", card.execution().trace().formula());
    }

    @Test
    void seed000IsScoredUnderTheNationalPolicy() throws IOException {
        JsonNode seed = seed("000-self-evaluation.json");
        // 执行率 score = 10 × B/A, rounded half up to 0.01; every indicator meets its target (each 实际完成值 is 100%,
        // ≥ each target, read as a 完成率 where the target is not a percentage), so 产出 50 + 效益 30 + 满意度 10 = 90.
        Map<String, String[]> expected = Map.of(
                "SEED000P1", new String[] {"9.27", "99.27"},   // 1166.7 / 1259     = 0.926688 → 9.27
                "SEED000P2", new String[] {"9.62", "99.62"},   // 1331.91 / 1384.5  = 0.962015 → 9.62
                "SEED000P3", new String[] {"10.00", "100.00"}, // 300 / 300
                "SEED000P4", new String[] {"9.62", "99.62"},   // 1924.59 / 2000.8  = 0.961910 → 9.62
                "SEED000P5", new String[] {"7.65", "97.65"},   // 3.67 / 4.8        = 0.764583 → 7.65
                "SEED000P6", new String[] {"10.00", "100.00"}); // 152.2 / 152.2
        for (JsonNode form : seed.get("projectForms")) {
            List<ScoringEngine.IndicatorInput> inputs = new ArrayList<>();
            form.get("indicators").forEach(i -> inputs.add(input(i)));
            JsonNode printed = form.get("printed");
            Scorecard card = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(
                    yuan(printed.get("budgeted").asText()), yuan(printed.get("executed").asText()), inputs));
            String[] want = expected.get(form.get("projectCode").asText());
            assertEquals(want[0], card.execution().score().toPlainString(), form.get("projectName").asText());
            assertEquals(want[1], card.total().toPlainString(), form.get("projectName").asText());
            assertEquals("EXCELLENT", card.grade().grade());
            assertEquals(List.of("50.00", "30.00", "10.00"), card.groups().stream().map(g -> g.score().toPlainString()).toList());
        }
        // 部门整体: 4879.07 / 5101.3 = 0.956437 → 9.56; total 99.56 优
        List<ScoringEngine.IndicatorInput> wide = new ArrayList<>();
        seed.get("departmentWide").get("goals").forEach(g -> g.get("indicators").forEach(i -> wide.add(input(i))));
        Scorecard card = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("5101.3"), yuan("4879.07"), wide));
        assertEquals("9.56", card.execution().score().toPlainString());
        assertEquals("99.56", card.total().toPlainString());
        assertEquals("优", card.grade().zh());
    }

    @Test
    void weightsAreSharedToTheCentAndAddUpToTheGroup() {
        // seed 000's first project: 3 产出 indicators share 50 points as 16.67 + 16.67 + 16.66
        List<ScoringEngine.IndicatorInput> inputs = List.of(quantitative("OUTPUT", "100%", "100%", null),
                quantitative("OUTPUT", "100%", "100%", null), quantitative("OUTPUT", "100%", "100%", null),
                quantitative("BENEFIT", "100%", "100%", null), quantitative("SATISFACTION", "90%", "90%", null));
        Scorecard card = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("1"), yuan("1"), inputs));
        assertEquals(List.of("16.67", "16.67", "16.66"), card.groups().get(0).indicators().stream()
                .map(s -> s.weight().toPlainString()).toList());
        assertEquals("50.00", card.groups().get(0).score().toPlainString());
        // a typed weight is kept, the rest shared among the others
        List<ScoringEngine.IndicatorInput> mixed = List.of(quantitative("OUTPUT", "100%", "100%", "20"),
                quantitative("OUTPUT", "100%", "100%", null), quantitative("OUTPUT", "100%", "100%", null),
                quantitative("BENEFIT", "100%", "100%", null), quantitative("SATISFACTION", "90%", "90%", null));
        Scorecard mixedCard = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("1"), yuan("1"), mixed));
        assertEquals(List.of("20", "15.00", "15.00"), mixedCard.groups().get(0).indicators().stream()
                .map(s -> s.weight().toPlainString()).toList());
    }

    @Test
    void formulasForEachKindOfTarget() {
        // 正向: 80 of ≥100 → 80% of 50 = 40.00
        assertEquals("40.00", output("≥100家", "80家"));
        // 反向: ≤5个工作日, took 8 → 5/8 = 62.5% of 50 = 31.25
        assertEquals("31.25", output("≤5个工作日", "8个工作日"));
        // a plain number of 工作日 is a ceiling: 5个工作日完成, took 4 → full
        assertEquals("50.00", output("5个工作日完成", "4个工作日"));
        // 0起 met only by 0: one incident → 0/1 = 0
        assertEquals("0.00", output("0起", "1起"));
        assertEquals("50.00", output("0起", "0起"));
        // a range: inside full; below by the lower bound (70/80); above by the upper (90/100)
        assertEquals("50.00", output("80%-90%", "85%"));
        assertEquals("43.75", output("80%-90%", "70%"));
        assertEquals("45.00", output("80%-90%", "100%"));
        // units scale: 1万人次 = 10,000 人次; 8,000 done → 80%
        assertEquals("40.00", output("1万人次", "8000人次"));
        // 完成率: a percentage against a count reads as how much of the count was done
        assertEquals("45.00", output("6家", "90%"));
    }

    private String output(String target, String actual) {
        Scorecard card = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("1"), yuan("1"),
                List.of(quantitative("OUTPUT", target, actual, null), quantitative("BENEFIT", "是", "是", null),
                        quantitative("SATISFACTION", "90%", "90%", null))));
        return card.groups().get(0).indicators().get(0).score().toPlainString();
    }

    @Test
    void qualitativeIndicatorsAreScoredByTheAssessorsTier() {
        ScoringEngine.IndicatorInput same = quantitative("BENEFIT", "及时完成", "及时完成", null);
        ScoringEngine.IndicatorInput partial = new ScoringEngine.IndicatorInput(ids++, "救助效果明显",
                IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT, parser.parse("是").target(), null,
                parser.parse("部分地区救助效果不明显", org.openbudget.performance.domain.target.TargetKind.QUALITATIVE).target(),
                new ScoringEngine.Assessment("PARTIAL", new BigDecimal("70")), null, null);
        ScoringEngine.IndicatorInput unassessed = new ScoringEngine.IndicatorInput(ids++, "有助于长久发展",
                IndicatorLevel1.BENEFIT, IndicatorLevel2.SUSTAINABILITY, parser.parse("是").target(), null,
                parser.parse("基本是", org.openbudget.performance.domain.target.TargetKind.QUALITATIVE).target(), null, null, null);
        List<ScoringEngine.IndicatorInput> inputs = List.of(quantitative("OUTPUT", "100%", "100%", null), same, partial,
                quantitative("SATISFACTION", "90%", "95%", null));
        Scorecard card = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("100"), yuan("90"), inputs));
        // 30 points of 效益 shared: 15 each; the same text → top tier 100% → 15; PARTIAL at 70% → 10.50
        assertEquals(List.of("15.00", "10.50"), card.groups().get(1).indicators().stream()
                .map(s -> s.score().toPlainString()).toList());
        // total: 9.00 (执行率 90%) + 50 + 25.50 + 10 = 94.50
        assertEquals("94.50", card.total().toPlainString());

        Scorecard waiting = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("100"), yuan("90"),
                List.of(quantitative("OUTPUT", "100%", "100%", null), unassessed, quantitative("SATISFACTION", "90%", null, null))));
        assertFalse(waiting.complete());
        assertNull(waiting.total());
        assertNull(waiting.grade());
        assertEquals(Scorecard.Status.NEEDS_ASSESSMENT, waiting.groups().get(1).indicators().get(0).status());
        assertEquals(Scorecard.Status.NO_ACTUAL, waiting.groups().get(2).indicators().get(0).status());
        assertEquals(2, waiting.incomplete().size());
    }

    @Test
    void anEmptySatisfactionGroupHandsItsPointsToBenefitAndBudgetGapsLeaveTheScoreIncomplete() {
        List<ScoringEngine.IndicatorInput> inputs = List.of(quantitative("OUTPUT", "100%", "100%", null),
                quantitative("BENEFIT", "100%", "50%", null));
        Scorecard card = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("10"), yuan("10"), inputs));
        assertEquals("40", card.groups().get(1).weight().toPlainString());
        assertEquals("20.00", card.groups().get(1).score().toPlainString());
        assertEquals("80.00", card.total().toPlainString());
        assertEquals("GOOD", card.grade().grade());
        assertTrue(card.groups().get(1).notes().get(0).contains("takes the 10 points of 满意度指标"));

        Scorecard noBudget = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(null, null, inputs));
        assertFalse(noBudget.complete());
        Scorecard noFinal = ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("10"), null, inputs));
        assertFalse(noFinal.complete());
        assertTrue(noFinal.incomplete().get(0).contains("no 执行数"));
        // over-execution is capped: 12 of 10 scores the full 10
        assertEquals("10.00", ScoringEngine.score(NATIONAL, new ScoringEngine.SubjectInput(yuan("10"), yuan("12"), inputs))
                .execution().score().toPlainString());
    }

    @Test
    void gradesFollowEachPolicysThresholds() {
        assertEquals("EXCELLENT", NATIONAL.gradeOf(new BigDecimal("90.00")).grade());
        assertEquals("GOOD", NATIONAL.gradeOf(new BigDecimal("89.99")).grade());
        assertEquals("FAIR", NATIONAL.gradeOf(new BigDecimal("60")).grade());
        assertEquals("POOR", NATIONAL.gradeOf(new BigDecimal("59.99")).grade());
        assertEquals("A", WUHAN.gradeOf(new BigDecimal("99")).type());
        assertEquals(List.of(), NATIONAL.defects());
        assertEquals(List.of(), WUHAN.defects());
        assertEquals(new BigDecimal("10"), NATIONAL.execution().weight());
        assertEquals(new BigDecimal("20"), WUHAN.execution().weight());
        assertEquals(Direction.NEGATIVE, parser.parse("≤3天").target().direction());
    }

    @Test
    void aPolicyWhosePointsDoNotAddTo100IsRefused() {
        ScoringPolicy broken = new ScoringPolicy("x", "x", "x", "x", new ScoringPolicy.Execution(new BigDecimal("10"), "执行率"),
                List.of(new ScoringPolicy.Group("OUTPUT", "产出", new BigDecimal("50"), List.of(IndicatorLevel1.OUTPUT), null),
                        new ScoringPolicy.Group("BENEFIT", "效益", new BigDecimal("30"),
                                List.of(IndicatorLevel1.BENEFIT, IndicatorLevel1.COST), "NOWHERE")),
                NATIONAL.tiers(), NATIONAL.grades(), 2, List.of());
        List<String> defects = broken.defects();
        assertTrue(defects.contains("weights add to 90, not 100"), defects.toString());
        assertTrue(defects.contains("一级 SATISFACTION is in 0 groups, not 1"), defects.toString());
        assertTrue(defects.contains("group BENEFIT hands its points to unknown group NOWHERE"), defects.toString());
    }
}
