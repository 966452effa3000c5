package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event contracts in docs/events, as files: producers validate what they emit against them and consumers feed
 * the examples. Paths are relative to a service module, where Surefire runs.
 */
public final class EventSchemas {

    public static final Path EVENTS = Path.of("..", "docs", "events");

    private EventSchemas() {
    }

    /** Returns the validation messages; empty means valid. */
    public static Set<String> validate(String eventType, String json) throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(EVENTS.resolve("schemas").resolve(eventType + ".schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode node = new ObjectMapper().readTree(json);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    public static String example(String eventType) throws IOException {
        return Files.readString(EVENTS.resolve("examples").resolve(eventType + ".json"));
    }
}
