package org.openbudget.performance.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole ledger from budget-service's REST API when its events alone are not enough (a revision whose
 * changes did not all fit in the event, or a revision this service never received): the lines at that revision
 * ({@code GET /api/v1/ledgers/{d}/{y}?revision=N}) and the registered projects
 * ({@code GET …/attributes?kind=PROJECT}, current: budget-service keeps no attribute snapshot per revision).
 * Retries with exponential backoff; the caller keeps the need for a refetch if every attempt fails.
 */
@ApplicationScoped
public class BudgetServiceClient {

    @ConfigProperty(name = "budget-service.url", defaultValue = "http://127.0.0.1:8081")
    String baseUrl;

    @ConfigProperty(name = "budget-service.timeout", defaultValue = "PT10S")
    Duration timeout;

    @ConfigProperty(name = "budget-service.attempts", defaultValue = "5")
    int attempts;

    @ConfigProperty(name = "budget-service.backoff", defaultValue = "PT0.5S")
    Duration backoff;

    /** This service's own bearer token for budget-service (docs/security.md); empty sends none. */
    @ConfigProperty(name = "openbudget.service-token", defaultValue = " ")
    String serviceToken;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public record Line(long id, String flow, String functionCode, String economicCode, String fundingSource,
                       String expenditureType, String projectCode, BigDecimal initialBudget, BigDecimal adjustedBudget,
                       BigDecimal finalAccount) {
    }

    public record Project(String code, String name, String category) {
    }

    public record Ledger(long revision, List<Line> lines, List<Project> projects) {
    }

    public static class Unavailable extends Exception {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Ledger ledger(String departmentCode, int fiscalYear, long revision) throws Unavailable, InterruptedException {
        String base = baseUrl.replaceAll("/+$", "") + "/api/v1/ledgers/" + encode(departmentCode) + "/" + fiscalYear;
        JsonNode ledger = get(base + "?revision=" + revision);
        JsonNode attributes = get(base + "/attributes?kind=PROJECT");
        try {
            List<Line> lines = new ArrayList<>();
            for (JsonNode l : ledger.path("lines")) {
                lines.add(new Line(l.get("id").asLong(), l.get("flow").asText(), text(l, "functionCode"),
                        text(l, "economicCode"), l.get("fundingSource").asText(), text(l, "expenditureType"),
                        text(l, "projectCode"), amount(l, "initialBudget"), amount(l, "adjustedBudget"),
                        amount(l, "finalAccount")));
            }
            List<Project> projects = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                projects.add(new Project(key.substring(key.indexOf('/') + 1), text(e.getValue(), "name"),
                        text(e.getValue(), "category")));
            }
            return new Ledger(ledger.get("revision").asLong(), lines, projects);
        } catch (RuntimeException e) {
            throw new Unavailable("unexpected ledger response from budget-service: " + e, e);
        }
    }

    private JsonNode get(String url) throws Unavailable, InterruptedException {
        long wait = backoff.toMillis();
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request(url), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return json.readTree(response.body());
                }
                last = new IOException("HTTP " + response.statusCode() + " from " + url);
            } catch (IOException e) {
                last = e;
            }
            if (attempt < attempts) {
                Log.warnf("budget-service %s failed (attempt %d of %d), retrying in %d ms: %s", url, attempt,
                        attempts, wait, last.toString());
                Thread.sleep(wait);
                wait = Math.min(wait * 2, 8_000);
            }
        }
        throw new Unavailable("budget-service did not answer " + url + " after " + attempts + " attempts: " + last, last);
    }

    /** The department above one, from budget-service's department tree; empty if none or not known (one attempt). */
    public java.util.Optional<String> parentOf(String departmentCode) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request(baseUrl.replaceAll("/+$", "") + "/api/v1/departments/"
                    + encode(departmentCode)), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return java.util.Optional.ofNullable(text(json.readTree(response.body()), "parentCode"));
            }
        } catch (IOException e) {
            Log.warnf("budget-service did not say which department is above %s: %s", departmentCode, e.toString());
        }
        return java.util.Optional.empty();
    }

    private HttpRequest request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").GET();
        if (!serviceToken.isBlank()) {
            request.header("Authorization", "Bearer " + serviceToken.strip());
        }
        return request.build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal amount(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
