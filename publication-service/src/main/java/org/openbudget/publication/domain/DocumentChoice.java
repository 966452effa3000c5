package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The documents a department-year publishes when an operator overrides the default (see docs/publication.md). */
@Entity
@Table(name = "document_choice")
@IdClass(DocumentChoice.Key.class)
public class DocumentChoice extends PanacheEntityBase {

    @Id
    @Column(name = "department_code", length = 20)
    public String departmentCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    /** Comma-separated {@link DocumentKind} names; empty for none. */
    @Column(nullable = false, length = 100)
    public String documents;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<DocumentKind> kinds() {
        return documents.isEmpty() ? List.of() : Arrays.stream(documents.split(",")).map(DocumentKind::valueOf).toList();
    }

    public static class Key implements Serializable {
        public String departmentCode;
        public int fiscalYear;

        public Key() {
        }

        public Key(String departmentCode, int fiscalYear) {
            this.departmentCode = departmentCode;
            this.fiscalYear = fiscalYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(departmentCode, k.departmentCode) && fiscalYear == k.fiscalYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentCode, fiscalYear);
        }
    }
}
