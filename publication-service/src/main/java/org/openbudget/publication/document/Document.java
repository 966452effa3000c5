package org.openbudget.publication.document;

import java.util.List;

/**
 * A rendered-to-be public document (部门预算公开 or 部门决算公开) as neutral structure: every renderer (HTML, PDF,
 * XLSX, open data) reads this and nothing else, so all formats show the same figures, formatted once.
 *
 * @param kind       BUDGET (部门预算公开) or FINAL_ACCOUNTS (部门决算公开)
 * @param title      e.g. "武汉市医疗保险中心2024年度部门决算"
 * @param layoutId   the jurisdiction layout (template) it was assembled with
 * @param sections   top-level parts (第一部分 …) in print order
 * @param facts      the fact-grain figures behind the tables, for open data
 */
public record Document(Kind kind, String departmentCode, String departmentName, int fiscalYear, String title,
                       String layoutId, List<Section> sections, FactTable facts) {

    public enum Kind {
        BUDGET("部门预算公开"), FINAL_ACCOUNTS("部门决算公开");

        public final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }
    }

    /** Every table of the document in print order, wherever it sits in the section tree. */
    public List<Table> tables() {
        List<Table> tables = new java.util.ArrayList<>();
        for (Section section : sections) {
            section.collect(Table.class, tables);
        }
        return tables;
    }

    /** Every chart of the document in print order. */
    public List<Chart> charts() {
        List<Chart> charts = new java.util.ArrayList<>();
        for (Section section : sections) {
            section.collect(Chart.class, charts);
        }
        return charts;
    }
}
