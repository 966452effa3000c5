package org.openbudget.performance.domain;

/** Whose goal it is. */
public enum GoalScope {
    /** 部门整体 */
    DEPARTMENT_WIDE,
    /** 项目 */
    PROJECT
}
