package org.openbudget.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a kustomization offline, without kubectl (a fresh machine may not have it): exactly the features these
 * manifests use — resources (files and directories), namespace, labels (metadata only), images (newName, newTag)
 * and JSON 6902 patches (replace, remove, add) with a target kind and a name regex. {@code ManifestsTest} checks the
 * result against {@code kubectl kustomize} wherever kubectl exists; a feature outside this list fails loudly.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) throws IOException {
        JsonNode k = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        k.fieldNames().forEachRemaining(field -> {
            if (!List.of("apiVersion", "kind", "resources", "namespace", "labels", "images", "patches").contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field " + field + " is not supported here");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? render(path) : read(path));
        }
        for (JsonNode patch : k.path("patches")) {
            String kind = patch.path("target").path("kind").asText(null);
            String name = patch.path("target").path("name").asText(null);
            JsonNode operations = YAML.readTree(patch.get("patch").asText());
            for (ObjectNode object : objects) {
                if ((kind == null || kind.equals(object.path("kind").asText()))
                        && (name == null || object.path("metadata").path("name").asText().matches(name))) {
                    operations.forEach(op -> apply(object, op));
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            for (ObjectNode object : objects) {
                ObjectNode labels = ((ObjectNode) object.with("metadata")).with("labels");
                label.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode object : objects) {
                for (JsonNode container : object.path("spec").path("template").path("spec").path("containers")) {
                    String current = container.path("image").asText();
                    String bare = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                    if (bare.equals(image.path("name").asText())) {
                        String newName = image.path("newName").asText(bare);
                        String tag = image.has("newTag") ? image.get("newTag").asText()
                                : current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "latest";
                        ((ObjectNode) container).put("image", newName + ":" + tag);
                    }
                }
            }
        }
        if (k.has("namespace")) {
            for (ObjectNode object : objects) {
                if (!object.path("kind").asText().equals("Namespace")) {
                    ((ObjectNode) object.with("metadata")).put("namespace", k.get("namespace").asText());
                }
            }
        }
        return objects;
    }

    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (doc != null && doc.isObject()) {
                    objects.add((ObjectNode) doc);
                }
            }
        }
        return objects;
    }

    /** One JSON 6902 operation (replace, remove, add) on a JSON pointer path. */
    private static void apply(ObjectNode object, JsonNode operation) {
        String op = operation.get("op").asText();
        String[] steps = operation.get("path").asText().substring(1).split("/");
        JsonNode parent = object;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
            if (parent == null) {
                throw new IllegalArgumentException("patch path " + operation.get("path") + " does not exist in "
                        + object.path("metadata").path("name"));
            }
        }
        String last = steps[steps.length - 1];
        switch (op) {
            case "replace", "add" -> {
                if (parent.isArray()) {
                    ((ArrayNode) parent).set(Integer.parseInt(last), operation.get("value"));
                } else {
                    if (op.equals("replace") && !parent.has(last)) {
                        throw new IllegalArgumentException("replace of a missing " + operation.get("path"));
                    }
                    ((ObjectNode) parent).set(last, operation.get("value"));
                }
            }
            case "remove" -> {
                if (parent.isArray()) {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                } else if (((ObjectNode) parent).remove(last) == null) {
                    throw new IllegalArgumentException("remove of a missing " + operation.get("path"));
                }
            }
            default -> throw new IllegalArgumentException("patch operation " + op + " is not supported here");
        }
    }
}
