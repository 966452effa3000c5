package org.openbudget.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.AttributeAmendment;
import org.openbudget.budget.domain.AttributeKind;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.domain.LedgerAttribute;
import org.openbudget.budget.events.LedgerChangedEvent;
import org.openbudget.budget.repository.AttributeRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Projects, explanations and statistics of a department-year. Each change is one ledger revision with its audit row
 * and outbox event, exactly like a figure, so a publication can be regenerated when a 主要原因 text changes.
 */
@ApplicationScoped
public class AttributeService {

    public enum ProjectCategory { PERSONNEL, OPERATIONS, SPECIFIC_PURPOSE }

    /** A statistic's definition (rules/statistics.csv). */
    public record StatisticDefinition(String key, String name, String unit, boolean integer) {
    }

    static final String STATISTICS = "rules/statistics.csv";

    @Inject
    LedgerService ledgers;

    @Inject
    AttributeRepository attributes;

    @Inject
    ObjectMapper json;

    private Map<String, StatisticDefinition> statistics;

    @PostConstruct
    void loadStatistics() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(STATISTICS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + STATISTICS);
            }
            Map<String, StatisticDefinition> defs = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",")).forEach(c -> defs.put(c[0], new StatisticDefinition(c[0], c[1], c[2],
                            Boolean.parseBoolean(c[3]))));
            statistics = Map.copyOf(defs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<StatisticDefinition> statisticDefinitions() {
        return statistics.values().stream().sorted(java.util.Comparator.comparing(StatisticDefinition::key)).toList();
    }

    public record SetResult(long revision, boolean changed, UUID eventId) {
    }

    /** Sets (or with a null value clears) one attribute; the same value again changes nothing. */
    @Transactional
    public SetResult set(String departmentCode, int fiscalYear, Long expectedRevision, AttributeKind kind, String key,
                         JsonNode value, String actor, String reason) {
        JsonNode canonical = value == null || value.isNull() ? null : canonical(kind, key, value);
        Ledger ledger = ledgers.lockLedger(departmentCode, fiscalYear, expectedRevision, true);
        LedgerAttribute existing = attributes.find(ledger.id, kind, key).orElse(null);
        JsonNode old = existing == null ? null : read(existing.value);
        if (Objects.equals(old, canonical)) {
            return new SetResult(ledger.revision, false, null);
        }
        if (canonical == null) {
            attributes.delete(existing);
        } else if (existing == null) {
            LedgerAttribute attribute = new LedgerAttribute();
            attribute.ledgerId = ledger.id;
            attribute.kind = kind;
            attribute.key = key;
            attribute.value = canonical.toString();
            attributes.persist(attribute);
        } else {
            existing.value = canonical.toString();
        }
        ledger.revision++;
        UUID eventId = UUID.randomUUID();
        AttributeAmendment audit = new AttributeAmendment();
        audit.ledgerId = ledger.id;
        audit.revision = ledger.revision;
        audit.kind = kind;
        audit.key = key;
        audit.oldValue = old == null ? null : old.toString();
        audit.newValue = canonical == null ? null : canonical.toString();
        audit.reason = reason;
        audit.actor = actor;
        audit.eventId = eventId;
        audit.recordedAt = Instant.now();
        Panache.getEntityManager().persist(audit);
        ledgers.publish(eventId, ledger, actor, reason, List.of(new LedgerChangedEvent.AttributeChange(
                LedgerChangedEvent.AttributeChange.ATTRIBUTE_SET, kind.name(), key, old, canonical)));
        return new SetResult(ledger.revision, true, eventId);
    }

    public Map<String, JsonNode> list(String departmentCode, int fiscalYear, AttributeKind kind) {
        Ledger ledger = ledgers.get(departmentCode, fiscalYear);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        attributes.list(ledger.id, kind).forEach(a -> out.put(a.kind + "/" + a.key, read(a.value)));
        return out;
    }

    public List<AttributeAmendment> history(String departmentCode, int fiscalYear) {
        Ledger ledger = ledgers.get(departmentCode, fiscalYear);
        return AttributeAmendment.list("ledgerId = ?1 order by revision, id", ledger.id);
    }

    /** Checks the value's shape for its kind and returns it with its fields in a fixed order. */
    private JsonNode canonical(AttributeKind kind, String key, JsonNode value) {
        List<DomainException.Violation> violations = new ArrayList<>();
        if (!value.isObject()) {
            throw DomainException.unprocessable("value", "must be a JSON object");
        }
        ObjectNode out = json.createObjectNode();
        switch (kind) {
            case PROJECT -> {
                if (!key.matches("[0-9A-Za-z]{1,40}")) {
                    violations.add(new DomainException.Violation("key", "a project code is 1 to 40 letters or digits"));
                }
                text(value, "name", 200, true, out, violations);
                String category = text(value, "category", 40, true, out, violations);
                if (category != null && Set.of("PERSONNEL", "OPERATIONS", "SPECIFIC_PURPOSE").stream()
                        .noneMatch(category::equals)) {
                    violations.add(new DomainException.Violation("value.category",
                            "one of PERSONNEL (人员类), OPERATIONS (运转类), SPECIFIC_PURPOSE (特定目标类)"));
                }
                text(value, "executingUnit", 200, false, out, violations);
                onlyFields(value, Set.of("name", "category", "executingUnit"), violations);
            }
            case EXPLANATION -> {
                if (!key.matches("[a-z]+(:[A-Za-z0-9_.-]+){0,4}") || key.length() > 120) {
                    violations.add(new DomainException.Violation("key",
                            "a subject such as variance:FINAL_ACCOUNT:2210201 or yoy:total (docs/attributes.md)"));
                }
                text(value, "text", 4000, true, out, violations);
                onlyFields(value, Set.of("text"), violations);
            }
            case STATISTIC -> {
                StatisticDefinition definition = statistics.get(key);
                if (definition == null) {
                    violations.add(new DomainException.Violation("key", "unknown statistic " + key
                            + "; see GET /api/v1/statistics"));
                }
                JsonNode amount = value.get("amount");
                try {
                    // a string, never a JSON number: a number would pass through a double and lose digits
                    BigDecimal number = new BigDecimal(amount == null || !amount.isTextual() ? "" : amount.asText());
                    if (number.signum() < 0 || number.scale() > 2
                            || definition != null && definition.integer() && number.stripTrailingZeros().scale() > 0) {
                        throw new NumberFormatException();
                    }
                    out.put("amount", definition != null && definition.integer()
                            ? number.toBigIntegerExact().toString() : number.setScale(2).toPlainString());
                } catch (NumberFormatException | ArithmeticException e) {
                    violations.add(new DomainException.Violation("value.amount", "a non-negative "
                            + (definition != null && definition.integer() ? "whole number" : "amount with at most 2 decimals")
                            + " as a string"));
                }
                onlyFields(value, Set.of("amount"), violations);
            }
            case COVERAGE -> {
                if (!key.equals("ledger")) {
                    violations.add(new DomainException.Violation("key", "the only coverage key is ledger"));
                }
                String scope = text(value, "scope", 20, true, out, violations);
                if (scope != null && !Set.of("COMPLETE", "QUOTED_FIGURES").contains(scope)) {
                    violations.add(new DomainException.Violation("value.scope",
                            "COMPLETE (every line of the year) or QUOTED_FIGURES (aggregate lines giving only the declared cells)"));
                }
                text(value, "note", 1000, false, out, violations);
                onlyFields(value, Set.of("scope", "note"), violations);
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.unprocessable(violations);
        }
        return out;
    }

    private static String text(JsonNode value, String field, int max, boolean required, ObjectNode out,
                               List<DomainException.Violation> violations) {
        JsonNode node = value.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                violations.add(new DomainException.Violation("value." + field, "required"));
            }
            return null;
        }
        String text = node.isTextual() ? node.asText().strip() : null;
        if (text == null || text.isEmpty() || text.length() > max) {
            violations.add(new DomainException.Violation("value." + field, "a text of 1 to " + max + " characters"));
            return null;
        }
        out.put(field, text);
        return text;
    }

    private static void onlyFields(JsonNode value, Set<String> allowed, List<DomainException.Violation> violations) {
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violations.add(new DomainException.Violation("value." + name, "unknown property"));
            }
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attribute is not JSON", e);
        }
    }
}
