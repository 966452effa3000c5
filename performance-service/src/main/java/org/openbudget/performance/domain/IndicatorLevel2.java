package org.openbudget.performance.domain;

import java.util.EnumSet;
import java.util.Set;

/** 二级指标, each under the 一级 it may belong to. */
public enum IndicatorLevel2 {
    /** 数量指标 */
    QUANTITY("数量指标", IndicatorLevel1.OUTPUT),
    /** 质量指标 */
    QUALITY("质量指标", IndicatorLevel1.OUTPUT),
    /** 时效指标 */
    TIMELINESS("时效指标", IndicatorLevel1.OUTPUT),
    /** 成本指标 as a 二级 of 产出 (2020 forms, seed 002) */
    COST("成本指标", IndicatorLevel1.OUTPUT),
    /** 经济成本指标 */
    ECONOMIC_COST("经济成本指标", IndicatorLevel1.COST),
    /** 社会成本指标 */
    SOCIAL_COST("社会成本指标", IndicatorLevel1.COST),
    /** 生态环境成本指标 */
    ECOLOGICAL_COST("生态环境成本指标", IndicatorLevel1.COST),
    /** 经济效益指标 */
    ECONOMIC_BENEFIT("经济效益指标", IndicatorLevel1.BENEFIT),
    /** 社会效益指标 */
    SOCIAL_BENEFIT("社会效益指标", IndicatorLevel1.BENEFIT),
    /** 生态效益指标 */
    ECOLOGICAL_BENEFIT("生态效益指标", IndicatorLevel1.BENEFIT),
    /** 可持续影响指标 */
    SUSTAINABILITY("可持续影响指标", IndicatorLevel1.BENEFIT),
    /** 服务对象满意度指标 (社会公众或服务对象满意度指标) */
    BENEFICIARY_SATISFACTION("服务对象满意度指标", IndicatorLevel1.SATISFACTION);

    public final String zh;
    private final Set<IndicatorLevel1> parents;

    IndicatorLevel2(String zh, IndicatorLevel1 parent) {
        this.zh = zh;
        this.parents = EnumSet.of(parent);
    }

    public boolean belongsTo(IndicatorLevel1 level1) {
        return parents.contains(level1);
    }
}
