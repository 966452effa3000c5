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
    /** Path parameters are matched as text so that a malformed one is a 400 naming it, not a 404. */
    static final String YEAR = "199[0-9]|2[01][0-9]{2}|2200";
    static final String YEAR_MESSAGE = "must be a fiscal year from 1990 to 2200";
    static final String ID = "[1-9][0-9]{0,17}";
    static final String ID_MESSAGE = "must be a positive integer id";

    private Codes() {
    }

    static int year(String validated) {
        return Integer.parseInt(validated);
    }

    static long id(String validated) {
        return Long.parseLong(validated);
    }
}
