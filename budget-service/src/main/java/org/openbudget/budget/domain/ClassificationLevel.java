package org.openbudget.budget.domain;

/** 科目级次. */
public enum ClassificationLevel {
    /** 类 */
    CLASS("类"),
    /** 款 */
    SECTION("款"),
    /** 项 */
    ITEM("项");

    public final String chineseName;

    ClassificationLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** Accepts the English constant or the Chinese name (类/款/项), as catalog files use either. */
    public static ClassificationLevel parse(String text) {
        String t = text == null ? "" : text.strip();
        for (ClassificationLevel level : values()) {
            if (level.name().equalsIgnoreCase(t) || level.chineseName.equals(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException("level must be 类, 款 or 项 (CLASS, SECTION, ITEM), not '" + t + "'");
    }
}
