package org.openbudget.performance.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads {@code budget.ledger.changed} (schema version 1) and refuses, as {@link UnreadableEvent}, anything it cannot
 * trust: unreadable JSON, another event type or version, a malformed envelope or change.
 */
public final class LedgerEventParser {

    public static final String TYPE = "budget.ledger.changed";
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Za-z]{3,20}");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
    private static final Set<String> MEASURES = Set.of("INITIAL_BUDGET", "ADJUSTED_BUDGET", "FINAL_ACCOUNT");

    /** An event this service cannot read; it is skipped, and the next revision's gap makes the copy refetch. */
    public static class UnreadableEvent extends RuntimeException {
        public UnreadableEvent(String message) {
            super(message);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    public LedgerEvent parse(String payload) {
        JsonNode root;
        try {
            root = payload == null ? null : json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("payload is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableEvent("payload is not a JSON object");
        }
        if (!TYPE.equals(root.path("eventType").asText())) {
            throw new UnreadableEvent("unsupported eventType " + root.path("eventType"));
        }
        if (root.path("schemaVersion").asInt(-1) != 1) {
            throw new UnreadableEvent("unsupported schemaVersion " + root.path("schemaVersion"));
        }
        String department = text(root, "departmentCode");
        if (!DEPARTMENT.matcher(department).matches()) {
            throw new UnreadableEvent("malformed departmentCode " + department);
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(text(root, "eventId"));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("malformed eventId");
        }
        long year = integer(root, "fiscalYear", 1990, 2200);
        long revision = integer(root, "revision", 1, Long.MAX_VALUE);
        JsonNode complete = root.get("changesComplete");
        JsonNode changes = root.get("changes");
        if (changes == null || !changes.isArray()) {
            throw new UnreadableEvent("changes must be an array");
        }
        List<LedgerEvent.Figure> figures = new ArrayList<>();
        List<LedgerEvent.ProjectChange> projects = new ArrayList<>();
        for (JsonNode c : changes) {
            String kind = c.path("kind").asText();
            if (kind.equals("LINE_ADDED") || kind.equals("AMOUNT_AMENDED")) {
                figures.add(figure(c));
            } else if (kind.equals("ATTRIBUTE_SET")) {
                if ("PROJECT".equals(c.path("attributeKind").asText())) {
                    JsonNode value = c.get("newValue");
                    boolean removed = value == null || value.isNull();
                    projects.add(new LedgerEvent.ProjectChange(text(c, "key"), removed,
                            removed ? null : nullableText(value, "name"), removed ? null : nullableText(value, "category")));
                }
            } else {
                throw new UnreadableEvent("unknown change kind " + kind);
            }
        }
        return new LedgerEvent(eventId, department, (int) year, revision, root.path("actor").asText("budget-service"),
                root.path("reason").asText(""), complete == null || complete.asBoolean(true), figures, projects);
    }

    private static LedgerEvent.Figure figure(JsonNode c) {
        String measure = text(c, "measure");
        if (!MEASURES.contains(measure)) {
            throw new UnreadableEvent("unknown measure " + measure);
        }
        JsonNode amount = c.get("newAmount");
        BigDecimal newAmount = null;
        if (amount != null && !amount.isNull()) {
            if (!amount.isTextual() || !AMOUNT.matcher(amount.asText()).matches()) {
                throw new UnreadableEvent("newAmount must be a decimal string in 元, not " + amount);
            }
            newAmount = new BigDecimal(amount.asText());
        }
        return new LedgerEvent.Figure(integer(c, "lineId", 1, Long.MAX_VALUE), text(c, "flow"),
                nullableText(c, "functionCode"), nullableText(c, "economicCode"), text(c, "fundingSource"),
                nullableText(c, "expenditureType"), nullableText(c, "projectCode"), measure, newAmount);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new UnreadableEvent("missing or non-text field " + field);
        }
        return v.asText();
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static long integer(JsonNode node, String field, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new UnreadableEvent("field " + field + " must be an integer in [" + min + ", " + max + "]");
        }
        return v.asLong();
    }
}
