package org.openbudget.publication.domain;

/** The two disclosures of a department-year (docs/glossary.md). */
public enum DocumentKind {
    /** 部门预算公开 */
    BUDGET,
    /** 部门决算公开 */
    FINAL_ACCOUNTS
}
