package org.openbudget.performance.domain.scoring;

import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.IndicatorLevel2;
import org.openbudget.performance.domain.target.Comparator;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.Target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one subject's self-evaluation under a policy (docs/performance-scoring.md). Pure: no I/O, no clock.
 * <ul>
 *   <li>预算执行率: weight × min(B/A, 1).</li>
 *   <li>Quantitative 正向: weight × min(actual/target, 1); 反向: weight × min(target/actual, 1); a range scores full
 *       inside and by the nearer bound outside. An actual written as a percentage against a target that is not one
 *       is read as the 完成率 (seed 000 prints 100% against 6家).</li>
 *   <li>Qualitative: weight × the assessor's percentage within the tier's range (the tier's default when none);
 *       an actual identical to the target is the top tier.</li>
 *   <li>Weights: a typed 目标分值 is used as is; the rest of a group's points are shared equally, to the cent, among
 *       its indicators without one (the first ones take the odd cents).</li>
 *   <li>A deduction (扣分) comes off the formula's score, never below 0. Each score is rounded once, half up, to the
 *       policy's scale; groups and the total add the rounded scores, as a printed form does.</li>
 * </ul>
 */
public final class ScoringEngine {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public record Assessment(String tier, BigDecimal percent) {
    }

    /** One 三级指标 of the subject with its evaluation inputs; {@code actual} is null when none was entered. */
    public record IndicatorInput(long id, String name, IndicatorLevel1 level1, IndicatorLevel2 level2, Target target,
                                 BigDecimal weight, Target actual, Assessment assessment, BigDecimal deduction,
                                 String deductionReason) {
    }

    /** A subject: A and B in 元 (each null when budget-service has no such figure for it) and its indicators. */
    public record SubjectInput(BigDecimal budgeted, BigDecimal executed, List<IndicatorInput> indicators) {
    }

    private ScoringEngine() {
    }

    public static Scorecard score(ScoringPolicy policy, SubjectInput subject) {
        List<String> incomplete = new ArrayList<>();
        Scorecard.ExecutionScore execution = execution(policy, subject.budgeted(), subject.executed(), incomplete);

        Map<String, List<IndicatorInput>> byGroup = new LinkedHashMap<>();
        policy.groups().forEach(g -> byGroup.put(g.id(), new ArrayList<>()));
        for (IndicatorInput i : subject.indicators()) {
            byGroup.get(policy.groupOf(i.level1()).orElseThrow().id()).add(i);
        }
        Map<String, BigDecimal> weights = new HashMap<>();
        Map<String, List<String>> notes = new HashMap<>();
        policy.groups().forEach(g -> {
            weights.put(g.id(), g.weight());
            notes.put(g.id(), new ArrayList<>());
        });
        for (ScoringPolicy.Group g : policy.groups()) {
            if (byGroup.get(g.id()).isEmpty()) {
                if (g.whenEmpty() != null) {
                    weights.merge(g.whenEmpty(), weights.get(g.id()), BigDecimal::add);
                    notes.get(g.whenEmpty()).add("takes the " + weights.get(g.id()).toPlainString() + " points of "
                            + g.zh() + ", which has no indicators (policy " + policy.id() + ")");
                    notes.get(g.id()).add("no indicators: its points go to " + g.whenEmpty());
                    weights.put(g.id(), BigDecimal.ZERO);
                } else {
                    notes.get(g.id()).add("no indicators: its " + g.weight().toPlainString() + " points are lost");
                }
            }
        }

        List<Scorecard.GroupScore> groups = new ArrayList<>();
        BigDecimal total = execution.score() == null ? BigDecimal.ZERO : execution.score();
        for (ScoringPolicy.Group g : policy.groups()) {
            List<IndicatorInput> members = byGroup.get(g.id());
            List<BigDecimal> spread = spread(policy, weights.get(g.id()), members, notes.get(g.id()));
            List<Scorecard.IndicatorScore> scores = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < members.size(); k++) {
                IndicatorInput in = members.get(k);
                Scorecard.IndicatorScore s = indicator(policy, in, spread.get(k),
                        in.weight() != null ? "GIVEN" : "SPREAD");
                scores.add(s);
                if (s.status() == Scorecard.Status.SCORED) {
                    sum = sum.add(s.score());
                } else {
                    incomplete.add("indicator " + in.id() + " " + in.name() + ": " + s.status());
                }
            }
            BigDecimal groupScore = policy.round(sum);
            total = total.add(groupScore);
            groups.add(new Scorecard.GroupScore(g.id(), g.zh(), weights.get(g.id()), groupScore, scores,
                    List.copyOf(notes.get(g.id()))));
        }
        boolean complete = incomplete.isEmpty();
        BigDecimal rounded = policy.round(total);
        return new Scorecard(policy.id(), execution, groups, complete ? rounded : null,
                complete ? policy.gradeOf(rounded) : null, complete, incomplete);
    }

    /**
     * Whether the formula scores this pair: a quantitative target and a quantitative actual in a comparable unit (or
     * a percentage read as the 完成率). Otherwise the assessor's tier does.
     */
    public static boolean scoredByFormula(Target target, Target actual) {
        if (target == null || actual == null || !target.isQuantitative() || !actual.isQuantitative()) {
            return false;
        }
        return (actual.unit().isPercent() && !target.unit().isPercent()) || target.unit().comparableWith(actual.unit());
    }

    private static Scorecard.ExecutionScore execution(ScoringPolicy policy, BigDecimal a, BigDecimal b,
                                                      List<String> incomplete) {
        BigDecimal weight = policy.execution().weight();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("A (预算数, 元)", a == null ? "none" : a.toPlainString());
        inputs.put("B (执行数, 元)", b == null ? "none" : b.toPlainString());
        inputs.put("weight", weight.toPlainString());
        String formula = "weight × min(B/A, 1)";
        if (a == null || a.signum() <= 0) {
            incomplete.add("预算执行率: no budget (A) in budget-service's figures");
            return new Scorecard.ExecutionScore(a, b, null, weight, null,
                    new Trace(inputs, formula, "not scored", List.of("A is missing or 0: no rate")));
        }
        if (b == null) {
            incomplete.add("预算执行率: no 执行数 (B, 决算) in budget-service's figures yet");
            return new Scorecard.ExecutionScore(a, null, null, weight, null,
                    new Trace(inputs, formula, "not scored", List.of("B is missing: no 决算 yet")));
        }
        BigDecimal executed = b;
        BigDecimal rate = executed.divide(a, MC);
        BigDecimal score = policy.round(weight.multiply(min1(rate), MC));
        List<String> notes = new ArrayList<>();
        notes.add("B/A = " + percent(rate));
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            notes.add("over 100%: capped at 1");
        }
        return new Scorecard.ExecutionScore(a, executed, rate, weight, score,
                new Trace(inputs, formula, score.toPlainString(), notes));
    }

    /** The group's points: given weights as typed, the remainder shared to the cent among the others. */
    private static List<BigDecimal> spread(ScoringPolicy policy, BigDecimal groupWeight, List<IndicatorInput> members,
                                           List<String> notes) {
        BigDecimal given = members.stream().map(IndicatorInput::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long open = members.stream().filter(i -> i.weight() == null).count();
        BigDecimal remainder = groupWeight.subtract(given);
        if (remainder.signum() < 0) {
            notes.add("typed weights add to " + given.toPlainString() + ", more than the group's "
                    + groupWeight.toPlainString());
            remainder = BigDecimal.ZERO;
        } else if (open == 0 && remainder.signum() != 0 && !members.isEmpty()) {
            notes.add("typed weights add to " + given.toPlainString() + ", not the group's " + groupWeight.toPlainString());
        }
        List<BigDecimal> shares = new ArrayList<>();
        if (open > 0) {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(policy.scoreScale());
            BigDecimal base = remainder.divide(BigDecimal.valueOf(open), policy.scoreScale(), RoundingMode.DOWN);
            long oddUnits = remainder.subtract(base.multiply(BigDecimal.valueOf(open))).divide(unit, 0, RoundingMode.DOWN)
                    .longValueExact();
            for (long k = 0; k < open; k++) {
                shares.add(k < oddUnits ? base.add(unit) : base);
            }
            if (oddUnits > 0 || base.multiply(BigDecimal.valueOf(open)).compareTo(remainder) != 0) {
                notes.add(remainder.toPlainString() + " points shared among " + open + " indicators to the "
                        + unit.toPlainString() + ": the first " + oddUnits + " take one " + unit.toPlainString() + " more");
            }
        }
        List<BigDecimal> weights = new ArrayList<>();
        int next = 0;
        for (IndicatorInput i : members) {
            weights.add(i.weight() != null ? i.weight() : shares.get(next++));
        }
        return weights;
    }

    private static Scorecard.IndicatorScore indicator(ScoringPolicy policy, IndicatorInput in, BigDecimal weight,
                                                      String weightSource) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("target", in.target().text());
        inputs.put("actual", in.actual() == null ? "none" : in.actual().text());
        inputs.put("weight", weight.toPlainString());
        if (in.assessment() != null) {
            inputs.put("tier", in.assessment().tier());
            if (in.assessment().percent() != null) {
                inputs.put("tier percent", in.assessment().percent().toPlainString());
            }
        }
        if (in.deduction() != null && in.deduction().signum() != 0) {
            inputs.put("deduction", in.deduction().toPlainString());
        }
        List<String> notes = new ArrayList<>();
        if (in.actual() == null) {
            return new Scorecard.IndicatorScore(in.id(), in.name(), weight, weightSource, Scorecard.Status.NO_ACTUAL,
                    null, new Trace(inputs, "-", "not scored", List.of("no 实际完成值")));
        }
        Raw raw;
        if (in.assessment() != null) {
            raw = byTier(policy, in, weight, notes);
        } else if (in.target().isQuantitative() && in.actual().isQuantitative()) {
            raw = byFormula(in.target(), in.actual(), weight, notes);
        } else if (!in.target().isQuantitative() && sameText(in.target().text(), in.actual().text())) {
            ScoringPolicy.Tier top = policy.topTier();
            notes.add("the actual states the target: tier " + top.tier() + " (" + top.zh() + ")");
            raw = new Raw(Scorecard.Status.SCORED, "weight × " + top.defaultPercent().toPlainString() + "%",
                    weight.multiply(top.defaultPercent(), MC).divide(HUNDRED, MC));
        } else {
            notes.add(in.target().isQuantitative()
                    ? "the actual is not a number comparable with the target: the assessor gives a tier"
                    : "qualitative: the assessor gives a tier");
            raw = new Raw(Scorecard.Status.NEEDS_ASSESSMENT, "weight × tier percent", null);
        }
        if (raw.status() != Scorecard.Status.SCORED) {
            return new Scorecard.IndicatorScore(in.id(), in.name(), weight, weightSource, raw.status(), null,
                    new Trace(inputs, raw.formula(), "not scored", notes));
        }
        BigDecimal value = raw.value();
        String formula = raw.formula();
        if (in.deduction() != null && in.deduction().signum() != 0) {
            formula = "max(0, " + formula + " − deduction)";
            value = value.subtract(in.deduction()).max(BigDecimal.ZERO);
            notes.add("deducted " + in.deduction().toPlainString()
                    + (in.deductionReason() == null ? "" : ": " + in.deductionReason()));
        }
        BigDecimal score = policy.round(value);
        return new Scorecard.IndicatorScore(in.id(), in.name(), weight, weightSource, Scorecard.Status.SCORED, score,
                new Trace(inputs, formula, score.toPlainString(), notes));
    }

    private record Raw(Scorecard.Status status, String formula, BigDecimal value) {
    }

    private static Raw byTier(ScoringPolicy policy, IndicatorInput in, BigDecimal weight, List<String> notes) {
        ScoringPolicy.Tier tier = policy.tier(in.assessment().tier()).orElse(null);
        if (tier == null) {
            notes.add("tier " + in.assessment().tier() + " is not one of policy " + policy.id() + "'s");
            return new Raw(Scorecard.Status.NEEDS_ASSESSMENT, "weight × tier percent", null);
        }
        BigDecimal percent = in.assessment().percent() != null ? in.assessment().percent() : tier.defaultPercent();
        if (percent == null) {
            notes.add("tier " + tier.tier() + " (" + tier.zh() + ") needs the assessor's percentage in " + tier.range());
            return new Raw(Scorecard.Status.NEEDS_ASSESSMENT, "weight × tier percent", null);
        }
        if (!tier.contains(percent)) {
            notes.add(percent.toPlainString() + "% is outside tier " + tier.tier() + "'s range " + tier.range());
            return new Raw(Scorecard.Status.NEEDS_ASSESSMENT, "weight × tier percent", null);
        }
        notes.add("assessor's tier " + tier.tier() + " (" + tier.zh() + ", " + tier.range() + ") at "
                + percent.toPlainString() + "%" + (in.assessment().percent() == null ? " (the tier's default)" : ""));
        return new Raw(Scorecard.Status.SCORED, "weight × tier percent",
                weight.multiply(percent, MC).divide(HUNDRED, MC));
    }

    private static Raw byFormula(Target target, Target actual, BigDecimal weight, List<String> notes) {
        if (actual.unit().isPercent() && !target.unit().isPercent()) {
            BigDecimal rate = actual.value().divide(HUNDRED, MC);
            notes.add("the actual is a percentage against a target in " + unitName(target)
                    + ": read as the completion rate " + percent(rate));
            return ratio(rate, "weight × min(completion rate, 1)", weight, notes);
        }
        if (!target.unit().comparableWith(actual.unit())) {
            notes.add("the actual's unit " + unitName(actual) + " cannot be compared with the target's " + unitName(target));
            return new Raw(Scorecard.Status.NOT_COMPARABLE, "-", null);
        }
        BigDecimal a = target.unit().toBase(target.value());
        BigDecimal b = actual.unit().toBase(actual.value());
        if (target.comparator() == Comparator.RANGE) {
            BigDecimal upper = target.unit().toBase(target.upper());
            if (b.compareTo(a) < 0) {
                notes.add("below the range: scored against its lower bound");
                return ratio(a.signum() == 0 ? BigDecimal.ONE : b.divide(a, MC), "weight × min(B/lower, 1)", weight, notes);
            }
            if (b.compareTo(upper) > 0) {
                notes.add("above the range: scored against its upper bound");
                return ratio(upper.divide(b, MC), "weight × min(upper/B, 1)", weight, notes);
            }
            notes.add("within the range");
            return ratio(BigDecimal.ONE, "weight × 1 (within range)", weight, notes);
        }
        notes.add("A = " + a.stripTrailingZeros().toPlainString() + ", B = " + b.stripTrailingZeros().toPlainString()
                + " (in " + baseName(target, actual) + ")");
        if (target.direction() == Direction.NEGATIVE) {
            notes.add("反向 (less is better)");
            BigDecimal r = b.signum() == 0 ? BigDecimal.ONE : a.divide(b, MC);
            return ratio(r, "weight × min(A/B, 1)", weight, notes);
        }
        notes.add("正向 (more is better)");
        BigDecimal r = a.signum() == 0 ? BigDecimal.ONE : b.divide(a, MC);
        return ratio(r, "weight × min(B/A, 1)", weight, notes);
    }

    private static Raw ratio(BigDecimal r, String formula, BigDecimal weight, List<String> notes) {
        if (r.compareTo(BigDecimal.ONE) > 0) {
            notes.add("ratio " + percent(r) + " capped at 100%");
        } else {
            notes.add("ratio " + percent(r));
        }
        return new Raw(Scorecard.Status.SCORED, formula, weight.multiply(min1(r), MC));
    }

    private static BigDecimal min1(BigDecimal r) {
        return r.min(BigDecimal.ONE);
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String unitName(Target t) {
        return t.unit().text().isEmpty() ? "no unit" : t.unit().text();
    }

    private static String baseName(Target target, Target actual) {
        String base = target.unit().base().isEmpty() ? actual.unit().base() : target.unit().base();
        return base.isEmpty() ? "plain numbers" : base;
    }

    /** Texts that differ only in width, spaces or a final full stop state the same thing. */
    static boolean sameText(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("[。.]$", "");
    }
}
