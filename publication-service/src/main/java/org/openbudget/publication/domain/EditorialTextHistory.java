package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Every change of an editorial text: who, when, why, before and after. */
@Entity
@Table(name = "editorial_text_history")
public class EditorialTextHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "text_key", nullable = false, length = 60)
    public String textKey;

    @Column(name = "old_text", columnDefinition = "TEXT")
    public String oldText;

    @Column(name = "new_text", nullable = false, columnDefinition = "TEXT")
    public String newText;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    @Column(nullable = false, length = 1000)
    public String reason;
}
