package org.openbudget.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * JSON schemas for every apiVersion/kind the manifests may use, from the files vendored in deploy/k8s/schemas:
 * Kubernetes' own definitions (kubernetes/kubernetes-definitions.json, from the OpenAPI v2 document) and the
 * operators' CustomResourceDefinitions (crds/), used as the API server would: the version's openAPIV3Schema.
 *
 * <p>Both are made strict the way the API server's field validation is: an object that lists its properties admits
 * no other (unless marked x-kubernetes-preserve-unknown-fields), so a misspelt field fails instead of being
 * silently dropped. int-or-string and quantities admit both forms. Not checked: defaults, CEL rules
 * (x-kubernetes-validations) and the API server's own semantic checks.
 */
final class Schemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Keywords whose values are data, not schemas. */
    private static final java.util.Set<String> NOT_SCHEMAS = java.util.Set.of("enum", "required", "default", "example",
            "x-kubernetes-group-version-kind", "x-kubernetes-validations", "x-kubernetes-list-map-keys");
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final ObjectNode definitions;
    /** "apps/v1 Deployment" → the schema's root node. */
    private final Map<String, ObjectNode> roots = new HashMap<>();
    private final Map<String, JsonSchema> compiled = new HashMap<>();

    private Schemas(ObjectNode definitions) {
        this.definitions = definitions;
    }

    static Schemas load(Path directory) {
        ObjectNode definitions;
        try {
            definitions = (ObjectNode) Yaml.MAPPER.readTree(
                    Files.readString(directory.resolve("kubernetes/kubernetes-definitions.json"))).get("definitions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // int-or-string and Quantity are declared as strings; YAML writes 8081 and cpu: 2 as numbers
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", anyOf("string", "integer"));
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", anyOf("string", "number"));
        definitions.forEach(Schemas::strict);
        Schemas schemas = new Schemas(definitions);
        definitions.fields().forEachRemaining(e -> {
            for (JsonNode gvk : e.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = (group.isEmpty() ? "" : group + "/") + gvk.path("version").asText();
                ObjectNode root = JSON.objectNode();
                root.put("$ref", "#/definitions/" + e.getKey());
                schemas.roots.put(apiVersion + " " + gvk.path("kind").asText(), root);
            }
        });
        try (Stream<Path> files = Files.walk(directory.resolve("crds"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(schemas::addCrd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    private void addCrd(Path file) {
        for (ObjectNode crd : Yaml.documents(file)) {
            if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                continue;
            }
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (!version.path("served").asBoolean()) {
                    continue;
                }
                ObjectNode root = (ObjectNode) version.path("schema").path("openAPIV3Schema").deepCopy();
                strict(root);
                // metadata is ObjectMeta for every kind, however loosely the CRD declares it
                ObjectNode metadata = JSON.objectNode();
                metadata.put("$ref", "#/definitions/" + OBJECT_META);
                ((ObjectNode) root.get("properties")).set("metadata", metadata);
                roots.put(group + "/" + version.path("name").asText() + " " + kind, root);
            }
        }
    }

    /** The problems of one object, each naming the field; empty when it is valid. */
    List<String> validate(JsonNode object) {
        String key = object.path("apiVersion").asText() + " " + object.path("kind").asText();
        ObjectNode root = roots.get(key);
        if (root == null) {
            return List.of(Yaml.id(object) + ": no schema for " + key + " (vendor it in deploy/k8s/schemas)");
        }
        JsonSchema schema = compiled.computeIfAbsent(key, k -> {
            ObjectNode withDefinitions = root.deepCopy();
            withDefinitions.set("definitions", definitions);
            return factory.getSchema(withDefinitions);
        });
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(Yaml.id(object) + ": " + message.getMessage());
        }
        return problems;
    }

    private static ObjectNode anyOf(String... types) {
        ObjectNode node = JSON.objectNode();
        ArrayNode alternatives = node.putArray("anyOf");
        for (String type : types) {
            alternatives.addObject().put("type", type);
        }
        return node;
    }

    /** Closes every object that lists its properties, and maps OpenAPI's extensions onto JSON Schema. */
    private static void strict(JsonNode node) {
        if (node.isArray()) {
            node.forEach(Schemas::strict);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            schema.remove("type");
            schema.set("anyOf", anyOf("string", "integer").get("anyOf"));
        }
        if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
            ArrayNode types = JSON.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        if (schema.path("properties").isObject() && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            schema.put("additionalProperties", false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("properties")) {
                e.getValue().forEach(Schemas::strict);
            } else if (e.getValue().isContainerNode() && !NOT_SCHEMAS.contains(e.getKey())) {
                strict(e.getValue());
            }
        }
    }
}
