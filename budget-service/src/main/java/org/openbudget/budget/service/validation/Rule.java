package org.openbudget.budget.service.validation;

import java.util.List;

/**
 * A 勾稽 rule as data (src/main/resources/rules/ledger-rules.json, documented in docs/validation-rules.md).
 * {@code kind} selects the check; EQUAL rules compare the sums of cell references such as
 * {@code FA04:row[name=本年支出合计]:GENERAL_PUBLIC_BUDGET} ({@code table:row selector:column}; the row selector is
 * {@code total} or {@code row[code=…]}, {@code row[name=…]}, {@code row[level=…]}).
 */
public record Rule(String id, Severity severity, Kind kind, List<String> tables, String zh, String en,
                   List<String> left, List<String> right) {

    public enum Severity { ERROR, WARNING }

    public enum Kind {
        /** the sum of {@code left} equals the sum of {@code right} (printed 万元 figures) */
        EQUAL,
        /** every code of every line is in the year's catalog at the level lines use */
        CODES_IN_CATALOG,
        /** every 类 and 款 above a code used has a name in the year's catalog */
        NAMES_IN_CATALOG,
        /** no amount is negative */
        NON_NEGATIVE,
        /** every 项目支出 line's project is registered as a PROJECT attribute */
        PROJECTS_REGISTERED,
        /** every 项 of 一般公共预算 whose 决算 differs from its 年初预算 has an EXPLANATION variance:FINAL_ACCOUNT:<code> */
        VARIANCE_EXPLAINED,
        /** every declared cell (what a document printed) equals the derived cell */
        DECLARED_MATCHES_DERIVED
    }
}
