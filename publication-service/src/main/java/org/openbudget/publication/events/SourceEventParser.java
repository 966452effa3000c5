package org.openbudget.publication.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.publication.domain.Source;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the events this service consumes (docs/events) and refuses, as poison, anything it cannot trust: unreadable
 * JSON, a missing or malformed envelope field, an event type or schema version it does not know.
 */
@ApplicationScoped
public class SourceEventParser {

    static final Map<String, Source> SUPPORTED_TYPES = Map.of(
            "budget.ledger.changed", Source.BUDGET,
            "performance.goals.changed", Source.PERFORMANCE);
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Za-z]{3,20}");

    @Inject
    ObjectMapper json;

    public SourceEvent parse(String payload, Source expected) {
        if (payload == null || payload.isBlank()) {
            throw new PoisonMessageException("empty payload");
        }
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("payload is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PoisonMessageException("payload is not a JSON object");
        }
        String eventType = text(root, "eventType");
        Source source = SUPPORTED_TYPES.get(eventType);
        if (source == null) {
            throw new PoisonMessageException("unsupported eventType " + eventType);
        }
        if (source != expected) {
            throw new PoisonMessageException(eventType + " does not belong on the " + expected + " topic");
        }
        if (root.path("schemaVersion").asInt(-1) != 1) {
            throw new PoisonMessageException("unsupported schemaVersion " + root.path("schemaVersion"));
        }
        String department = text(root, "departmentCode");
        if (!DEPARTMENT.matcher(department).matches()) {
            throw new PoisonMessageException("malformed departmentCode " + department);
        }
        JsonNode changes = root.get("changes");
        if (changes == null || !changes.isArray() || changes.isEmpty()) {
            throw new PoisonMessageException("changes must be a non-empty array");
        }
        try {
            return new SourceEvent(UUID.fromString(text(root, "eventId")), eventType, source, department,
                    (int) integer(root, "fiscalYear", 1990, 2200), integer(root, "revision", 1, Long.MAX_VALUE),
                    bounded(text(root, "actor"), "actor", 200), bounded(text(root, "reason"), "reason", 1000),
                    Instant.parse(text(root, "occurredAt")),
                    changes.toString(), null);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonMessageException("malformed envelope: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new PoisonMessageException("missing or non-text field " + field);
        }
        return node.asText();
    }

    private static String bounded(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new PoisonMessageException("field " + field + " longer than " + maxLength + " characters");
        }
        return value;
    }

    private static long integer(JsonNode root, String field, long min, long max) {
        JsonNode node = root.get(field);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()
                || node.asLong() < min || node.asLong() > max) {
            throw new PoisonMessageException("field " + field + " must be an integer in [" + min + ", " + max + "]");
        }
        return node.asLong();
    }
}
