package org.openbudget.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every overlay of deploy/k8s renders offline, every object validates against its schema (deploy/k8s/schemas), a
 * broken manifest is caught, and the manifests agree with the services' own configuration: topics, ports, health
 * paths and the environment variables they set.
 */
class ManifestsTest {

    private static final Path K8S = Path.of(System.getProperty("k8s.dir", ".")).toAbsolutePath().normalize();
    private static final Path REPO = K8S.resolve("../..").normalize();
    private static final List<String> OVERLAYS = List.of("dev", "production");
    private static final Map<String, Integer> PORTS = Map.of("budget-service", 8081, "performance-service", 8082,
            "publication-service", 8083);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static List<ObjectNode> render(String overlay) throws IOException {
        return Kustomize.render(K8S.resolve("overlays").resolve(overlay));
    }

    private static List<String> validate(ObjectNode object) throws IOException {
        String kind = object.path("kind").asText();
        Path schemaFile = K8S.resolve("schemas").resolve(kind + ".json");
        if (!Files.exists(schemaFile)) {
            return List.of(kind + " " + object.path("metadata").path("name").asText() + ": no schema for kind " + kind);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(schemaFile));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(object)) {
            problems.add(kind + " " + object.path("metadata").path("name").asText() + ": " + m.getMessage());
        }
        return problems;
    }

    @Test
    void everyOverlayRendersAndEveryObjectMatchesItsSchema() throws IOException {
        for (String overlay : OVERLAYS) {
            List<ObjectNode> objects = render(overlay);
            List<String> problems = new ArrayList<>();
            for (ObjectNode object : objects) {
                problems.addAll(validate(object));
            }
            System.out.printf("k8s: overlay %s renders %d objects, %d schema problems%n", overlay, objects.size(), problems.size());
            assertFalse(kinds(objects).contains("Secret"), overlay + " would overwrite a Secret created out of band");
            assertEquals(List.of(), problems, overlay);
            Set<String> kinds = new TreeSet<>();
            objects.forEach(o -> kinds.add(o.path("kind").asText()));
            assertTrue(kinds.containsAll(List.of("Deployment", "Service", "ConfigMap", "PodDisruptionBudget",
                    "HorizontalPodAutoscaler", "NetworkPolicy", "Ingress", "Kafka", "KafkaNodePool", "KafkaTopic", "Cluster")),
                    overlay + " lacks kinds: " + kinds);
        }
    }

    /** The upstream schemas too: Kubernetes release-1.36 and the operators' own CRDs (schemas/upstream/README.md). */
    @Test
    void everyObjectMatchesTheUpstreamKubernetesAndOperatorSchemas() throws IOException {
        Schemas upstream = Schemas.load(K8S.resolve("schemas/upstream"));
        for (String overlay : OVERLAYS) {
            List<String> problems = new ArrayList<>();
            for (ObjectNode object : render(overlay)) {
                problems.addAll(upstream.validate(object));
            }
            System.out.printf("k8s: overlay %s against the upstream schemas: %d problems%n", overlay, problems.size());
            assertEquals(List.of(), problems, overlay);
        }
        ObjectNode broken = render("dev").stream().filter(o -> o.path("kind").asText().equals("KafkaTopic")).findFirst().orElseThrow();
        ((ObjectNode) broken.get("spec")).put("partition", 3);
        assertFalse(upstream.validate(broken).isEmpty(), "a misspelt KafkaTopic field passed the upstream schema");
    }

    @Test
    void aBrokenManifestIsCaught() throws IOException {
        ObjectNode deployment = render("production").stream().filter(o -> o.path("kind").asText().equals("Deployment"))
                .findFirst().orElseThrow();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.put("imagePullPolcy", "Always");                       // a misspelt field
        ((ObjectNode) deployment.get("spec")).put("replicas", "three");   // a wrong type
        List<String> problems = validate(deployment);
        assertTrue(problems.stream().anyMatch(p -> p.contains("imagePullPolcy")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("replicas")), problems.toString());

        List<String> fixture = new ArrayList<>();
        for (ObjectNode object : Kustomize.read(K8S.resolve("src/test/resources/broken-topic.yaml"))) {
            fixture.addAll(validate(object));
        }
        assertFalse(fixture.isEmpty(), "the broken fixture validated");
    }

    /** Where kubectl exists, its kustomize gives the same objects as the offline renderer. */
    @Test
    void theOfflineRendererAgreesWithKubectl() throws Exception {
        for (String overlay : OVERLAYS) {
            Process kubectl;
            try {
                kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                System.out.println("k8s: kubectl is not installed; the offline renderer is not compared");
                return;
            }
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, kubectl.exitValue(), output);
            Path rendered = Files.createTempFile("kubectl-" + overlay, ".yaml");
            Files.writeString(rendered, output);
            assertEquals(canonical(Kustomize.read(rendered)), canonical(render(overlay)), overlay);
        }
    }

    @Test
    void theManifestsAgreeWithTheServicesConfiguration() throws IOException {
        List<ObjectNode> objects = render("production");
        Map<String, Properties> config = new HashMap<>();
        for (String service : PORTS.keySet()) {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(REPO.resolve(service).resolve("src/main/resources/application.properties"))));
            config.put(service, p);
        }
        // topics: one KafkaTopic for every topic a service produces, consumes or dead-letters to, and no other
        Set<String> used = new TreeSet<>();
        config.values().forEach(p -> p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic")).forEach(k -> used.add(p.getProperty(k))));
        Set<String> declared = new TreeSet<>();
        objects.stream().filter(o -> o.path("kind").asText().equals("KafkaTopic"))
                .forEach(o -> declared.add(o.path("spec").path("topicName").asText(o.path("metadata").path("name").asText())));
        assertEquals(used, declared, "KafkaTopics vs the services' topics");

        for (Map.Entry<String, Integer> service : PORTS.entrySet()) {
            Properties p = config.get(service.getKey());
            assertEquals(service.getValue(), Integer.valueOf(p.getProperty("quarkus.http.port")), service.getKey());
            ObjectNode deployment = named(objects, "Deployment", service.getKey());
            ObjectNode svc = named(objects, "Service", service.getKey());
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals(service.getValue().intValue(), container.at("/ports/0/containerPort").asInt(), service.getKey());
            assertEquals(service.getValue().intValue(), svc.at("/spec/ports/0/port").asInt(), service.getKey());
            // Quarkus' SmallRye Health paths, and the extension is there to serve them
            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
            assertTrue(Files.readString(REPO.resolve(service.getKey()).resolve("pom.xml")).contains("quarkus-smallrye-health"));
            // every variable set for this service names configuration it reads; a shared ConfigMap's, one some service reads
            Set<String> own = new TreeSet<>();
            container.path("env").forEach(e -> own.add(e.path("name").asText()));
            Set<String> shared = new TreeSet<>();
            container.path("envFrom").forEach(ref -> named(objects, "ConfigMap", ref.at("/configMapRef/name").asText())
                    .path("data").fieldNames().forEachRemaining(shared::add));
            Set<String> known = knownVariables(p);
            for (String variable : own) {
                assertTrue(known.contains(variable), service.getKey() + " does not read " + variable);
            }
            for (String variable : shared) {
                assertTrue(config.values().stream().anyMatch(c -> knownVariables(c).contains(variable)), "no service reads " + variable);
            }
            Set<String> variables = new TreeSet<>(own);
            variables.addAll(shared);
            // and the required ones are set
            for (String required : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER",
                    "QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS")) {
                assertTrue(variables.contains(required), service.getKey() + " lacks " + required);
            }
        }
    }

    /** The environment variables a service reads: its properties in Quarkus' env form, and every ${VAR} they use. */
    private static Set<String> knownVariables(Properties p) {
        Set<String> known = new TreeSet<>();
        Pattern reference = Pattern.compile("\\$\\{([A-Z_]+)");
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                known.add(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            }
            Matcher m = reference.matcher(p.getProperty(key));
            while (m.find()) {
                known.add(m.group(1));
            }
        }
        // Quarkus reads these whatever the file says (datasource credentials are standard configuration)
        known.addAll(List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_HTTP_PORT", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER"));
        return known;
    }

    private static Set<String> kinds(List<ObjectNode> objects) {
        Set<String> kinds = new TreeSet<>();
        objects.forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }

    /** The templates (Secrets to create out of band) are valid objects with nothing but placeholders in them. */
    @Test
    void theSecretTemplatesHoldOnlyPlaceholders() throws IOException {
        for (ObjectNode secret : Kustomize.read(K8S.resolve("templates/service-tokens.secret.yaml"))) {
            assertEquals(List.of(), validate(secret));
            secret.path("stringData").forEach(v -> assertTrue(v.asText().startsWith("REPLACE-"), v.asText()));
        }
    }

    private static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && o.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static Map<String, String> canonical(List<ObjectNode> objects) throws IOException {
        Map<String, String> byName = new TreeMap<>();
        for (ObjectNode o : objects) {
            byName.put(o.path("kind").asText() + "/" + o.at("/metadata/name").asText(),
                    CANONICAL.writeValueAsString(CANONICAL.convertValue(o, Object.class)));
        }
        return byName;
    }
}
