package org.openbudget.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.publication.domain.DepartmentLayout;
import org.openbudget.publication.domain.DepartmentYear;
import org.openbudget.publication.domain.EditorialText;
import org.openbudget.publication.domain.EditorialTextHistory;
import org.openbudget.publication.repository.DepartmentYearRepository;
import org.openbudget.publication.repository.EditorialTextRepository;
import org.openbudget.publication.service.layout.LayoutRegistry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Editorial text (职能, 机构设置, 重点工作, contact …) and the choice of layout: each change is audited and makes
 * the department-year's documents due for regeneration, in the same transaction.
 */
@ApplicationScoped
public class EditorialService {

    @Inject
    EditorialTextRepository texts;

    @Inject
    DepartmentYearRepository departmentYears;

    @Inject
    LayoutRegistry layouts;

    /** Returns whether anything changed (the same text again is no change and no regeneration). */
    @Transactional
    public boolean put(String departmentCode, int fiscalYear, String key, String text, String actor, String reason) {
        DepartmentYear target = departmentYears.lockOrCreate(departmentCode, fiscalYear);
        EditorialText current = texts.findById(key(departmentCode, fiscalYear, key));
        if (current != null && current.text.equals(text)) {
            return false;
        }
        EditorialTextHistory history = new EditorialTextHistory();
        history.departmentCode = departmentCode;
        history.fiscalYear = fiscalYear;
        history.textKey = key;
        history.oldText = current == null ? null : current.text;
        history.newText = text;
        history.updatedAt = Instant.now();
        history.updatedBy = actor;
        history.reason = reason;
        history.persist();
        if (current == null) {
            current = new EditorialText();
            current.departmentCode = departmentCode;
            current.fiscalYear = fiscalYear;
            current.textKey = key;
            current.text = text;
            current.updatedAt = history.updatedAt;
            current.updatedBy = actor;
            current.reason = reason;
            texts.persist(current);
        } else {
            current.text = text;
            current.updatedAt = history.updatedAt;
            current.updatedBy = actor;
            current.reason = reason;
        }
        target.editorialRevision++;
        target.updatedAt = Instant.now();
        target.markDue();
        return true;
    }

    public List<EditorialText> list(String departmentCode, int fiscalYear) {
        return texts.of(departmentCode, fiscalYear);
    }

    public List<EditorialTextHistory> history(String departmentCode, int fiscalYear) {
        return EditorialTextHistory.list("departmentCode = ?1 and fiscalYear = ?2 order by id", departmentCode, fiscalYear);
    }

    /** Chooses a department's layout; every department-year of it becomes due. */
    @Transactional
    public boolean chooseLayout(String departmentCode, String layoutId) {
        layouts.get(layoutId);
        DepartmentLayout chosen = DepartmentLayout.findById(departmentCode);
        if (chosen != null && Objects.equals(chosen.layoutId, layoutId)) {
            return false;
        }
        if (chosen == null) {
            chosen = new DepartmentLayout();
            chosen.departmentCode = departmentCode;
            chosen.layoutId = layoutId;
            chosen.updatedAt = Instant.now();
            chosen.persist();
        } else {
            chosen.layoutId = layoutId;
            chosen.updatedAt = Instant.now();
        }
        List<DepartmentYear> years = DepartmentYear.find("departmentCode", departmentCode)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
        years.forEach(y -> {
            y.updatedAt = Instant.now();
            y.markDue();
        });
        return true;
    }

    /** Chooses the documents of a department-year (none, 预算, 决算 or both), overriding the default. */
    @Transactional
    public boolean chooseDocuments(String departmentCode, int fiscalYear, List<org.openbudget.publication.domain.DocumentKind> kinds,
                                   String reason) {
        String documents = String.join(",", kinds.stream().distinct().sorted().map(Enum::name).toList());
        DepartmentYear target = departmentYears.lockOrCreate(departmentCode, fiscalYear);
        org.openbudget.publication.domain.DocumentChoice choice = org.openbudget.publication.domain.DocumentChoice.findById(
                new org.openbudget.publication.domain.DocumentChoice.Key(departmentCode, fiscalYear));
        if (choice != null && choice.documents.equals(documents)) {
            return false;
        }
        if (choice == null) {
            choice = new org.openbudget.publication.domain.DocumentChoice();
            choice.departmentCode = departmentCode;
            choice.fiscalYear = fiscalYear;
            choice.documents = documents;
            choice.reason = reason;
            choice.updatedAt = Instant.now();
            choice.persist();
        } else {
            choice.documents = documents;
            choice.reason = reason;
            choice.updatedAt = Instant.now();
        }
        target.updatedAt = Instant.now();
        target.markDue();
        return true;
    }

    private static EditorialText.Key key(String departmentCode, int fiscalYear, String key) {
        EditorialText.Key k = new EditorialText.Key();
        k.departmentCode = departmentCode;
        k.fiscalYear = fiscalYear;
        k.textKey = key;
        return k;
    }
}
