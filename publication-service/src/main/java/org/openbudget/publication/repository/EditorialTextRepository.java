package org.openbudget.publication.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.publication.domain.EditorialText;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class EditorialTextRepository implements PanacheRepositoryBase<EditorialText, EditorialText.Key> {

    public List<EditorialText> of(String departmentCode, int fiscalYear) {
        return list("departmentCode = ?1 and fiscalYear = ?2 order by textKey", departmentCode, fiscalYear);
    }

    public Map<String, String> texts(String departmentCode, int fiscalYear) {
        Map<String, String> texts = new TreeMap<>();
        of(departmentCode, fiscalYear).forEach(t -> texts.put(t.textKey, t.text));
        return texts;
    }
}
