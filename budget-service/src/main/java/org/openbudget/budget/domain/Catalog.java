package org.openbudget.budget.domain;

import java.util.Map;

/** The 政府收支分类科目 catalogs a ledger's codes are checked against, per fiscal year. */
public enum Catalog {
    /** 支出功能分类: 类 3 / 款 5 / 项 7 digits; ledger lines use 项. */
    FUNCTION("支出功能分类", Map.of(ClassificationLevel.CLASS, 3, ClassificationLevel.SECTION, 5,
            ClassificationLevel.ITEM, 7), ClassificationLevel.ITEM),
    /** 部门预算支出经济分类: 类 3 / 款 5 digits; ledger lines use 款. */
    ECONOMIC("部门预算支出经济分类", Map.of(ClassificationLevel.CLASS, 3, ClassificationLevel.SECTION, 5),
            ClassificationLevel.SECTION);

    public final String chineseName;
    private final Map<ClassificationLevel, Integer> codeLengths;
    /** The level ledger lines are entered at. */
    public final ClassificationLevel lineLevel;

    Catalog(String chineseName, Map<ClassificationLevel, Integer> codeLengths, ClassificationLevel lineLevel) {
        this.chineseName = chineseName;
        this.codeLengths = codeLengths;
        this.lineLevel = lineLevel;
    }

    public boolean hasLevel(ClassificationLevel level) {
        return codeLengths.containsKey(level);
    }

    public int codeLength(ClassificationLevel level) {
        return codeLengths.get(level);
    }

    /** The code of the enclosing 类 or 款, or null for a 类. */
    public String parentCode(String code, ClassificationLevel level) {
        return switch (level) {
            case CLASS -> null;
            case SECTION -> code.substring(0, codeLength(ClassificationLevel.CLASS));
            case ITEM -> code.substring(0, codeLength(ClassificationLevel.SECTION));
        };
    }
}
