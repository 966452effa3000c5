package org.openbudget.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** YAML in, JSON trees out: manifests, kustomizations and CRDs are all read through here. */
final class Yaml {

    static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            // 330 kB and 460 kB CRDs exceed the default limit on document size
            .loaderOptions(largeDocuments())
            .build());

    private Yaml() {
    }

    private static org.yaml.snakeyaml.LoaderOptions largeDocuments() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        return options;
    }

    /** Every non-empty document of a (multi-document) YAML file, each an object. */
    static List<ObjectNode> documents(Path file) {
        try {
            return documents(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> documents(String text, String source) {
        List<ObjectNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IllegalArgumentException(source + ": a document is not a mapping: " + doc);
                }
                out.add((ObjectNode) doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return out;
    }

    static JsonNode parse(String text, String source) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** apiVersion/kind namespace/name, the identity kustomize and Kubernetes use. */
    static String id(JsonNode object) {
        JsonNode metadata = object.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText() + " "
                + (namespace.isEmpty() ? "" : namespace + "/") + metadata.path("name").asText();
    }
}
