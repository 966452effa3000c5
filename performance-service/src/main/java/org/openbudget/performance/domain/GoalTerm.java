package org.openbudget.performance.domain;

/** 目标期限. */
public enum GoalTerm {
    /** 长期目标 (has a 截止年) */
    LONG_TERM,
    /** 年度目标 */
    ANNUAL
}
