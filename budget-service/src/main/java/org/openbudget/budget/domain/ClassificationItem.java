package org.openbudget.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One 科目 of a catalog in one fiscal year (the Ministry of Finance revises the catalogs yearly, and mid-year). */
@Entity
@Table(name = "classification_item")
public class ClassificationItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Catalog catalog;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false, length = 7)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ClassificationLevel level;

    /** Where the row came from: {@code bundled:<file>} or {@code api:<actor>}. */
    @Column(nullable = false, length = 200)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
