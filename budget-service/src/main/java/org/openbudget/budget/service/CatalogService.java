package org.openbudget.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.ClassificationItem;
import org.openbudget.budget.domain.ClassificationLevel;
import org.openbudget.budget.repository.ClassificationRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification catalogs per fiscal year. A year's catalog is loaded or extended from a file or the API, or
 * copied from another year and then revised; nothing assumes a particular year.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    ClassificationRepository items;

    /** A catalog row as uploaded; {@code at} names it in errors ({@code rows[12]} for a CSV line, {@code items[3]}). */
    public record Row(String at, String code, String name, String level) {
    }

    public record UpsertResult(int inserted, int updated, int unchanged) {
    }

    /**
     * Validates every row first (code digits and length for its level, level known to the catalog, name present, no
     * duplicate, 类/款 above each code present in the upload or the catalog) and applies all or nothing.
     * With {@code overwrite=false} existing codes are left as they are (used for bundled files at start-up).
     */
    @Transactional
    public UpsertResult upsert(Catalog catalog, int fiscalYear, List<Row> rows, String source, boolean overwrite) {
        List<DomainException.Violation> violations = new ArrayList<>();
        Map<String, ClassificationLevel> uploaded = new HashMap<>();
        List<ClassificationLevel> levels = new ArrayList<>();
        for (Row row : rows) {
            String at = row.at();
            ClassificationLevel level = null;
            try {
                level = ClassificationLevel.parse(row.level());
                if (!catalog.hasLevel(level)) {
                    violations.add(new DomainException.Violation(at + ".level",
                            catalog.chineseName + " has no " + level.chineseName + " level"));
                    level = null;
                }
            } catch (IllegalArgumentException e) {
                violations.add(new DomainException.Violation(at + ".level", e.getMessage()));
            }
            levels.add(level);
            String code = row.code() == null ? "" : row.code().strip();
            if (level != null && !code.matches("[0-9]{" + catalog.codeLength(level) + "}")) {
                violations.add(new DomainException.Violation(at + ".code", "a " + level.chineseName + " code of "
                        + catalog.chineseName + " has " + catalog.codeLength(level) + " digits, not '" + code + "'"));
            } else if (level != null && uploaded.put(code, level) != null) {
                violations.add(new DomainException.Violation(at + ".code", "code " + code + " appears twice"));
            }
            if (row.name() == null || row.name().isBlank() || row.name().strip().length() > 200) {
                violations.add(new DomainException.Violation(at + ".name", "a name of 1 to 200 characters is required"));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            ClassificationLevel level = levels.get(i);
            String code = rows.get(i).code() == null ? "" : rows.get(i).code().strip();
            if (level == null || !code.matches("[0-9]{" + catalog.codeLength(level) + "}")) {
                continue;
            }
            String parent = catalog.parentCode(code, level);
            if (parent != null && !uploaded.containsKey(parent) && items.find(catalog, fiscalYear, parent).isEmpty()) {
                violations.add(new DomainException.Violation(rows.get(i).at() + ".code",
                        code + " has no enclosing " + (level == ClassificationLevel.ITEM ? "款 " : "类 ") + parent
                                + " in the " + fiscalYear + " " + catalog.chineseName));
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.unprocessable(violations);
        }
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).code().strip();
            String name = rows.get(i).name().strip();
            Optional<ClassificationItem> existing = items.find(catalog, fiscalYear, code);
            if (existing.isPresent()) {
                ClassificationItem item = existing.get();
                if (!overwrite || item.name.equals(name)) {
                    unchanged++;
                    continue;
                }
                item.name = name;
                item.source = source;
                item.updatedAt = now;
                updated++;
            } else {
                ClassificationItem item = new ClassificationItem();
                item.catalog = catalog;
                item.fiscalYear = fiscalYear;
                item.code = code;
                item.name = name;
                item.level = levels.get(i);
                item.source = source;
                item.updatedAt = now;
                items.persist(item);
                inserted++;
            }
        }
        return new UpsertResult(inserted, updated, unchanged);
    }

    /** Starts (or completes) a year's catalog from another year's; codes the target year already has stay as they are. */
    @Transactional
    public int copyYear(Catalog catalog, int fromYear, int toYear, String source) {
        if (items.count(catalog, fromYear) == 0) {
            throw DomainException.notFound("fromYear", "there is no " + fromYear + " " + catalog.chineseName);
        }
        return items.getEntityManager().createNativeQuery("INSERT INTO classification_item "
                        + "(catalog, fiscal_year, code, name, level, source, updated_at) "
                        + "SELECT catalog, ?1, code, name, level, ?2, now() FROM classification_item "
                        + "WHERE catalog = ?3 AND fiscal_year = ?4 ON CONFLICT (catalog, fiscal_year, code) DO NOTHING")
                .setParameter(1, toYear)
                .setParameter(2, source)
                .setParameter(3, catalog.name())
                .setParameter(4, fromYear)
                .executeUpdate();
    }

    public List<ClassificationItem> list(Catalog catalog, int fiscalYear, ClassificationLevel level) {
        return items.list(catalog, fiscalYear, level);
    }

    /**
     * Checks line codes against one year's catalogs, loaded once: validating an import of 100,000 lines must not ask
     * the database 200,000 times.
     */
    public final class LineCodes {

        private final int fiscalYear;
        private final java.util.Map<Catalog, java.util.Map<String, ClassificationLevel>> levels =
                new java.util.EnumMap<>(Catalog.class);

        private LineCodes(int fiscalYear) {
            this.fiscalYear = fiscalYear;
            for (Catalog catalog : Catalog.values()) {
                java.util.Map<String, ClassificationLevel> codes = new HashMap<>();
                items.list(catalog, fiscalYear, null).forEach(i -> codes.put(i.code, i.level));
                levels.put(catalog, codes);
            }
        }

        /** The violation of a code that is not a line-level code of the year's catalog, if it is not. */
        public Optional<DomainException.Violation> check(Catalog catalog, String code, String field) {
            java.util.Map<String, ClassificationLevel> codes = levels.get(catalog);
            ClassificationLevel level = codes.get(code);
            if (level == null) {
                return Optional.of(new DomainException.Violation(field, code + " is not in the " + fiscalYear + " "
                        + catalog.chineseName + (codes.isEmpty() ? " (no catalog is loaded for " + fiscalYear
                        + "; load one or copy it from another year)" : "")));
            }
            if (level != catalog.lineLevel) {
                return Optional.of(new DomainException.Violation(field, code + " is a " + level.chineseName
                        + " of the " + fiscalYear + " " + catalog.chineseName + "; lines use "
                        + catalog.lineLevel.chineseName + " codes"));
            }
            return Optional.empty();
        }
    }

    public LineCodes lineCodes(int fiscalYear) {
        return new LineCodes(fiscalYear);
    }
}
