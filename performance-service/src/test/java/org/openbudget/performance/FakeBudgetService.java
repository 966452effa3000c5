package org.openbudget.performance;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Stands in for budget-service's REST API (GET /api/v1/ledgers/{d}/{y}?revision=N and …/attributes?kind=PROJECT) so
 * that the refetch path can be tested without running budget-service in this JVM. Responses are files the tests write
 * under target/fake-budget-service/{d}/{y}/ in budget-service's documented shapes (LedgerResource.LedgerView and the
 * attribute map); a file {@code fail-count} makes the next N requests answer 503, to exercise retry with backoff.
 * Files, not static fields, because Quarkus loads this class and the tests in different class loaders.
 */
public class FakeBudgetService implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target", "fake-budget-service").toAbsolutePath();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(ROOT);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/ledgers/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            // "", api, v1, ledgers, d, y[, attributes]
            Path dir = ROOT.resolve(parts[4]).resolve(parts[5]);
            String query = exchange.getRequestURI().getQuery();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("requests.log"), exchange.getRequestURI() + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            int status;
            String body;
            Path failures = dir.resolve("fail-count");
            synchronized (FakeBudgetService.class) {
                int left = Files.exists(failures) ? Integer.parseInt(Files.readString(failures).strip()) : 0;
                if (left > 0) {
                    Files.writeString(failures, Integer.toString(left - 1));
                }
                if (left > 0) {
                    status = 503;
                    body = "{\"title\":\"Service unavailable\"}";
                } else if (parts.length > 6 && parts[6].equals("attributes")) {
                    Path file = dir.resolve("attributes.json");
                    status = 200;
                    body = Files.exists(file) ? Files.readString(file) : "{}";
                } else {
                    String revision = query == null ? "current" : query.replace("revision=", "");
                    Path file = dir.resolve("ledger-" + revision + ".json");
                    status = Files.exists(file) ? 200 : 404;
                    body = status == 200 ? Files.readString(file)
                            : "{\"title\":\"Not found\",\"errors\":[{\"field\":\"revision\"}]}";
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of(
                "budget-service.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "budget-service.backoff", "PT0.1S",
                "budget-service.attempts", "4",
                "budget-copy.resync-interval", "2s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static void serveLedger(String department, int year, long revision, String json) throws IOException {
        Path dir = ROOT.resolve(department).resolve(Integer.toString(year));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ledger-" + revision + ".json"), json);
    }

    static void serveAttributes(String department, int year, String json) throws IOException {
        Path dir = ROOT.resolve(department).resolve(Integer.toString(year));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("attributes.json"), json);
    }

    static void failNext(String department, int year, int times) throws IOException {
        Path dir = ROOT.resolve(department).resolve(Integer.toString(year));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fail-count"), Integer.toString(times));
    }

    static java.util.List<String> requests(String department, int year) throws IOException {
        Path log = ROOT.resolve(department).resolve(Integer.toString(year)).resolve("requests.log");
        return Files.exists(log) ? Files.readAllLines(log) : java.util.List.of();
    }
}
