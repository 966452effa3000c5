package org.openbudget.budget.resource;

/** Input patterns shared by the resources; the messages name what was expected. */
final class Codes {

    static final String DEPARTMENT = "[0-9A-Za-z]{3,20}";
    static final String DEPARTMENT_MESSAGE = "must be 3 to 20 letters or digits";
    static final String FUNCTION_ITEM = "[0-9]{7}";
    static final String FUNCTION_ITEM_MESSAGE = "must be a 7-digit 支出功能分类 项 code";
    static final String ECONOMIC_ITEM = "[0-9]{5}";
    static final String ECONOMIC_ITEM_MESSAGE = "must be a 5-digit 经济分类 款 code";
    static final String PROJECT = "[0-9A-Za-z]{1,40}";
    static final String PROJECT_MESSAGE = "must be 1 to 40 letters or digits";
    static final long MIN_YEAR = 1990;
    static final long MAX_YEAR = 2200;

    private Codes() {
    }
}
