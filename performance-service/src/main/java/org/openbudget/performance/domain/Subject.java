package org.openbudget.performance.domain;

/** Whose goals and self-evaluation: 部门整体 ({@code projectCode} null) or one project. */
public record Subject(GoalScope scope, String projectCode) {

    public static final Subject DEPARTMENT_WIDE = new Subject(GoalScope.DEPARTMENT_WIDE, null);

    public static Subject project(String projectCode) {
        return new Subject(GoalScope.PROJECT, projectCode);
    }

    /** {@code department-wide} or {@code project:<code>}, as events and problems name it. */
    public String key() {
        return scope == GoalScope.DEPARTMENT_WIDE ? "department-wide" : "project:" + projectCode;
    }
}
