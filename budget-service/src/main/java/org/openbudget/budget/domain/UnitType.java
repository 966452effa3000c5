package org.openbudget.budget.domain;

/** 单位类型: decides, among other things, whether 公用经费 counts as 机关运行经费. */
public enum UnitType {
    /** 行政单位 */
    ADMINISTRATIVE,
    /** 参照公务员法管理事业单位 (参公事业单位) */
    CIVIL_SERVICE_MANAGED_INSTITUTION,
    /** 事业单位 */
    PUBLIC_INSTITUTION
}
