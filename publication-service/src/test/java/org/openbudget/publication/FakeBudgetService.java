package org.openbudget.publication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * budget-service's and performance-service's disclosure-source endpoints played back from recorded responses (src/test/resources/sources/,
 * captured from a real budget-service), so that publication-service's tests control revisions and outages. Tests
 * load responses and switch outages through its control endpoints; events still travel through the real broker.
 */
public class FakeBudgetService implements QuarkusTestResourceLifecycleManager {

    static final String URL_PROPERTY = "quarkus.rest-client.budget-api.url";
    static final String PERFORMANCE_URL_PROPERTY = "quarkus.rest-client.performance-api.url";
    private static final Pattern SOURCE = Pattern.compile("/api/v1/ledgers/([^/]+)/([0-9]+)/disclosure-source");
    private static final Pattern PERFORMANCE = Pattern.compile("/api/v1/goal-sets/([^/]+)/([0-9]+)/disclosure-source");

    private HttpServer server;
    private final Map<String, byte[]> sources = new ConcurrentHashMap<>();
    private volatile boolean down;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/ledgers/", this::source);
        server.createContext("/api/v1/goal-sets/", this::performance);
        server.createContext("/control/", this::control);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(URL_PROPERTY, url, PERFORMANCE_URL_PROPERTY, url);
    }

    /** GET …/disclosure-source?revision=N: the response loaded for (department, year, N), or for (department, year, current). */
    private void source(HttpExchange exchange) throws IOException {
        if (down) {
            reply(exchange, 503, "{\"title\":\"down for the test\"}");
            return;
        }
        Matcher m = SOURCE.matcher(exchange.getRequestURI().getPath());
        if (!m.matches()) {
            reply(exchange, 404, "{}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        String revision = query != null && query.startsWith("revision=") ? query.substring("revision=".length()) : "current";
        byte[] body = sources.get(m.group(1) + "/" + m.group(2) + "/" + revision);
        if (body == null) {
            reply(exchange, 404, "{\"title\":\"no ledger\",\"status\":404}");
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** GET …/goal-sets/{d}/{y}/disclosure-source: performance-service's current goals and evaluations, if loaded. */
    private void performance(HttpExchange exchange) throws IOException {
        Matcher m = PERFORMANCE.matcher(exchange.getRequestURI().getPath());
        byte[] body = m.matches() ? sources.get("performance/" + m.group(1) + "/" + m.group(2)) : null;
        if (body == null) {
            reply(exchange, 404, "{\"title\":\"no goal set\",\"status\":404}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** PUT /control/sources/{department}/{year}/{revision|current} (body: the response); POST /control/down|up. */
    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/control/sources/")) {
            sources.put(path.substring("/control/sources/".length()), exchange.getRequestBody().readAllBytes());
        } else if (path.equals("/control/down")) {
            down = true;
        } else if (path.equals("/control/up")) {
            down = false;
        } else {
            reply(exchange, 404, "{}");
            return;
        }
        reply(exchange, 204, null);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
