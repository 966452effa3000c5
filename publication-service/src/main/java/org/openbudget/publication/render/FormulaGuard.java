package org.openbudget.publication.render;

/**
 * Formula injection (CSV/spreadsheet injection): text a spreadsheet program could read as a formula, because it
 * starts with = + - @ (or their full-width forms, which CJK input methods produce) or a tab or carriage return,
 * gets a leading apostrophe, so "=HYPERLINK(…)" typed into a project name stays text in XLSX, CSV and whatever
 * program a reader opens them with. Only text is guarded: amounts are written as numbers.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw == null ? "" : raw;
        }
        return isTrigger(raw.charAt(0)) ? "'" + raw : raw;
    }

    static boolean isTrigger(char c) {
        switch (c) {
            case '=': case '+': case '-': case '@': case '\t': case '\r':
            case '\uFF1D': case '\uFF0B': case '\uFF0D': case '\uFF20':
                return true;
            default:
                return false;
        }
    }
}
