package org.openbudget.performance.domain.scoring;

import org.openbudget.performance.domain.IndicatorLevel1;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * 评分办法 of a jurisdiction, as data (src/main/resources/policies/*.json): the points of 预算执行率 and of each group
 * of 一级指标, the tiers of 定性 indicators, the grades, and how scores are rounded. docs/performance-scoring.md.
 */
public record ScoringPolicy(String id, String zh, String jurisdiction, String source, Execution execution,
                            List<Group> groups, List<Tier> tiers, List<Grade> grades, int scoreScale,
                            List<String> notes) {

    /** 预算执行率: {@code weight} points times min(B/A, 1). */
    public record Execution(BigDecimal weight, String zh) {
    }

    /**
     * Points for the indicators whose 一级 is in {@code level1}. {@code whenEmpty} names the group that takes these
     * points when a subject has no indicator of this group (null: the points are lost).
     */
    public record Group(String id, String zh, BigDecimal weight, List<IndicatorLevel1> level1, String whenEmpty) {
    }

    /**
     * A tier of 定性 assessment: the score is {@code minPercent}–{@code maxPercent} of the weight ({@code maxPercent}
     * itself only when {@code maxInclusive}); {@code defaultPercent} applies when the assessor gives the tier only.
     */
    public record Tier(String tier, String zh, BigDecimal minPercent, BigDecimal maxPercent, boolean maxInclusive,
                       BigDecimal defaultPercent) {

        public boolean contains(BigDecimal percent) {
            int upper = percent.compareTo(maxPercent);
            return percent.compareTo(minPercent) >= 0 && (upper < 0 || (upper == 0 && maxInclusive));
        }

        public String range() {
            return minPercent.toPlainString() + "%–" + maxPercent.toPlainString() + "%" + (maxInclusive ? "" : " (excl.)");
        }
    }

    /** A grade from {@code minScore} up; {@code type} is a jurisdiction's letter for it (武汉: A 优). */
    public record Grade(String grade, String zh, String type, BigDecimal minScore) {
    }

    public BigDecimal totalWeight() {
        return groups.stream().map(Group::weight).reduce(execution.weight(), BigDecimal::add);
    }

    public Optional<Group> groupOf(IndicatorLevel1 level1) {
        return groups.stream().filter(g -> g.level1().contains(level1)).findFirst();
    }

    /** The tier that reaches 100%: an actual that states the target lands here. */
    public Tier topTier() {
        return tiers.stream().max(java.util.Comparator.comparing(Tier::maxPercent)).orElseThrow();
    }

    public Optional<Tier> tier(String tier) {
        return tiers.stream().filter(t -> t.tier().equals(tier)).findFirst();
    }

    /** The highest grade whose minimum the total reaches. */
    public Grade gradeOf(BigDecimal total) {
        return grades.stream().filter(g -> total.compareTo(g.minScore()) >= 0)
                .max(java.util.Comparator.comparing(Grade::minScore))
                .orElseThrow(() -> new IllegalStateException("policy " + id + " has no grade for " + total));
    }

    public BigDecimal round(BigDecimal score) {
        return score.setScale(scoreScale, RoundingMode.HALF_UP);
    }

    /** Problems in the policy itself; a policy file with any is refused at start-up. */
    public List<String> defects() {
        List<String> defects = new java.util.ArrayList<>();
        if (totalWeight().compareTo(new BigDecimal("100")) != 0) {
            defects.add("weights add to " + totalWeight().toPlainString() + ", not 100");
        }
        for (IndicatorLevel1 level1 : IndicatorLevel1.values()) {
            long n = groups.stream().filter(g -> g.level1().contains(level1)).count();
            if (n != 1) {
                defects.add("一级 " + level1 + " is in " + n + " groups, not 1");
            }
        }
        for (Group g : groups) {
            if (g.whenEmpty() != null && groups.stream().noneMatch(o -> o.id().equals(g.whenEmpty()) && o != g)) {
                defects.add("group " + g.id() + " hands its points to unknown group " + g.whenEmpty());
            }
        }
        if (grades.stream().noneMatch(g -> g.minScore().signum() == 0)) {
            defects.add("no grade starts at 0");
        }
        if (tiers.isEmpty()) {
            defects.add("no tiers for qualitative indicators");
        } else if (topTier().defaultPercent() == null) {
            defects.add("the top tier needs a default percentage");
        }
        return defects;
    }
}
