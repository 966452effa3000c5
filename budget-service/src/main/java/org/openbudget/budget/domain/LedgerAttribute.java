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

/** One attribute of a ledger (a project, an explanation, a statistic), its value as JSON. */
@Entity
@Table(name = "ledger_attribute")
public class LedgerAttribute extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AttributeKind kind;

    @Column(name = "attr_key", nullable = false, length = 120)
    public String key;

    @Column(nullable = false, columnDefinition = "text")
    public String value;
}
