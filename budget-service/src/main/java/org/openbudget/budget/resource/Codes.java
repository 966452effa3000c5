package org.openbudget.budget.resource;

/** Input patterns shared by the resources; the messages name what was expected. */
final class Codes {

    static final String DEPARTMENT = "[0-9A-Za-z]{3,20}";
    static final String DEPARTMENT_MESSAGE = "must be 3 to 20 letters or digits";
    /** Any level's shape passes here, so that a 类 or 款 given where a 项 belongs is a 422 that says so. */
    static final String FUNCTION_CODE = "[0-9]{3}|[0-9]{5}|[0-9]{7}";
    static final String FUNCTION_CODE_MESSAGE = "must be a 支出功能分类 code (3, 5 or 7 digits; lines use 7-digit 项 codes)";
    static final String ECONOMIC_CODE = "[0-9]{3}|[0-9]{5}";
    static final String ECONOMIC_CODE_MESSAGE = "must be an 经济分类 code (3 or 5 digits; lines use 5-digit 款 codes)";
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
