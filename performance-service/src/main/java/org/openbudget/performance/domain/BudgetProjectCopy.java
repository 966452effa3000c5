package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A project registered in budget-service (attribute kind PROJECT): its code, name and category. */
@Entity
@Table(name = "budget_project_copy")
@IdClass(BudgetProjectCopy.Key.class)
public class BudgetProjectCopy extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long ledgerCopyId;
        public String projectCode;

        public Key() {
        }

        public Key(Long ledgerCopyId, String projectCode) {
            this.ledgerCopyId = ledgerCopyId;
            this.projectCode = projectCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ledgerCopyId, k.ledgerCopyId)
                    && Objects.equals(projectCode, k.projectCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ledgerCopyId, projectCode);
        }
    }

    @Id
    @Column(name = "ledger_copy_id")
    public Long ledgerCopyId;

    @Id
    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(length = 400)
    public String name;

    @Column(length = 40)
    public String category;
}
