package org.openbudget.performance.resource;

/** Path parameters are matched as text so that a malformed one is a 400 naming it, not a 404. */
final class PathParams {

    static final String DEPARTMENT = "[0-9A-Za-z]{3,20}";
    static final String DEPARTMENT_MESSAGE = "must be 3 to 20 letters or digits";
    static final String YEAR = "199[0-9]|2[01][0-9]{2}|2200";
    static final String YEAR_MESSAGE = "must be a fiscal year from 1990 to 2200";
    static final String ID = "[1-9][0-9]{0,17}";
    static final String ID_MESSAGE = "must be a positive integer id";
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String UUID_MESSAGE = "must be a UUID";

    private PathParams() {
    }

    static int year(String validated) {
        return Integer.parseInt(validated);
    }

    static long id(String validated) {
        return Long.parseLong(validated);
    }
}
