package org.openbudget.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.Department;
import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.UnitType;
import org.openbudget.budget.service.tables.DerivedTable;
import org.openbudget.budget.service.tables.TableDeriver;
import org.openbudget.budget.service.validation.ValidationService;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One revision of a department-year as a publication reads it: tables, attributes, findings and facts together. */
@ApplicationScoped
public class DisclosureSourceService {

    @Inject
    LedgerService ledgers;

    @Inject
    TableDeriver tables;

    @Inject
    ValidationService validation;

    @Inject
    DepartmentService departments;

    @Inject
    AttributeService attributes;

    @Inject
    ObjectMapper json;

    @Inject
    DeclaredCellService declared;

    /** Amounts in 元 as decimal strings, never binary floating point. */
    public record Line(String flow, String functionCode, String economicCode, String fundingSource,
                       String expenditureType, String projectCode,
                       @JsonSerialize(using = ToStringSerializer.class) BigDecimal initialBudget,
                       @JsonSerialize(using = ToStringSerializer.class) BigDecimal adjustedBudget,
                       @JsonSerialize(using = ToStringSerializer.class) BigDecimal finalAccount) {
    }

    public record DisclosureSource(String departmentCode, String departmentName, String parentCode, UnitType unitType,
                                   int fiscalYear, long revision, Map<String, DerivedTable> tables,
                                   Map<String, JsonNode> attributes,
                                   List<AttributeService.StatisticDefinition> statistics,
                                   ValidationService.Report validation, List<Line> lines,
                                   List<Quoted> declaredCells) {
    }

    /**
     * A cell a document printed (declared cells, without the printed value): which figures of this year a later
     * year's document quotes, so that a year of QUOTED_FIGURES coverage is compared with on those cells only.
     */
    public record Quoted(String table, String row, String column, String source) {
    }

    @Transactional
    public DisclosureSource at(String departmentCode, int fiscalYear, Long revision) {
        LedgerService.Snapshot snapshot = ledgers.at(departmentCode, fiscalYear, revision);
        Department department = departments.get(departmentCode);
        Map<String, DerivedTable> derived = new LinkedHashMap<>();
        for (String id : tables.tableIds()) {
            derived.put(id, tables.derive(id, snapshot));
        }
        Map<String, JsonNode> values = new TreeMap<>();
        snapshot.attributes().forEach((key, value) -> values.put(key, parse(value)));
        List<Line> lines = snapshot.lines().stream().map(DisclosureSourceService::line).toList();
        return new DisclosureSource(department.code, department.name, department.parentCode, department.unitType,
                fiscalYear, snapshot.ledger().revision, derived, values, attributes.statisticDefinitions(),
                validation.validate(snapshot), lines,
                declared.list(snapshot.ledger().id).stream()
                        .map(c -> new Quoted(c.tableId, c.rowKey, c.columnId, c.source)).toList());
    }

    private static Line line(LedgerLine l) {
        return new Line(l.flow.name(), l.functionCode, l.economicCode, l.fundingSource.name(),
                l.expenditureType == null ? null : l.expenditureType.name(), l.projectCode, l.initialBudget,
                l.adjustedBudget, l.finalAccount);
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
