package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Text no figure can produce (职能, 机构设置, 重点工作, contact), edited through the API, per department-year. */
@Entity
@Table(name = "editorial_text")
@IdClass(EditorialText.Key.class)
public class EditorialText extends PanacheEntityBase {

    @Id
    @Column(name = "department_code", length = 20)
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    @Column(name = "text_key", length = 60)
    public String textKey;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String text;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    @Column(nullable = false, length = 1000)
    public String reason;

    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;
        public String textKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(departmentCode, k.departmentCode) && fiscalYear == k.fiscalYear
                    && Objects.equals(textKey, k.textKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentCode, fiscalYear, textKey);
        }
    }
}
