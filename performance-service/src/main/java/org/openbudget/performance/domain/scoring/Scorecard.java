package org.openbudget.performance.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one subject (部门整体 or a project) under a policy. {@code total} and {@code grade} are null until
 * every part could be scored ({@code complete}); the parts that could are shown either way.
 */
public record Scorecard(String policyId, ExecutionScore execution, List<GroupScore> groups, BigDecimal total,
                        ScoringPolicy.Grade grade, boolean complete, List<String> incomplete) {

    /** 预算执行率 and its score; {@code budgeted} (A) and {@code executed} (B) in 元. */
    public record ExecutionScore(BigDecimal budgeted, BigDecimal executed, BigDecimal rate, BigDecimal weight,
                                 BigDecimal score, Trace trace) {
    }

    public record GroupScore(String id, String zh, BigDecimal weight, BigDecimal score, List<IndicatorScore> indicators,
                             List<String> notes) {
    }

    /** {@code weightSource}: GIVEN (目标分值 typed) or SPREAD (the group's remaining points shared out). */
    public record IndicatorScore(long indicatorId, String name, BigDecimal weight, String weightSource, Status status,
                                 BigDecimal score, Trace trace) {
    }

    public enum Status {
        SCORED,
        /** no 实际完成值 yet */
        NO_ACTUAL,
        /** a 定性 indicator (or an actual that cannot be compared) waits for the assessor's tier */
        NEEDS_ASSESSMENT,
        /** the actual's unit cannot be compared with the target's */
        NOT_COMPARABLE
    }
}
