package org.openbudget.performance.domain;

/** 一级指标. */
public enum IndicatorLevel1 {
    /** 产出指标 */
    OUTPUT("产出指标"),
    /** 效益指标 */
    BENEFIT("效益指标"),
    /** 满意度指标 */
    SATISFACTION("满意度指标"),
    /** 成本指标 (a 一级 of its own since 2021; under 产出 in the 2020 forms) */
    COST("成本指标");

    public final String zh;

    IndicatorLevel1(String zh) {
        this.zh = zh;
    }
}
