package org.openbudget.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * 账套: the aggregate of one department's figures for one fiscal year. Its revision increases by one with every
 * committed change; events carry it so that consumers can ignore stale ones and fetch a consistent state.
 */
@Entity
@Table(name = "ledger", uniqueConstraints = @UniqueConstraint(columnNames = {"department_code", "fiscal_year"}))
public class Ledger extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public long revision;

    /** Kafka key and outbox aggregate id: one key per department-year keeps its events in order. */
    public String aggregateKey() {
        return departmentCode + ":" + fiscalYear;
    }
}
