package org.openbudget.acceptance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP against the running services, as a client outside the platform sees them. */
final class Http {

    /** Amounts stay decimal: a figure read as a double could compare equal when it is not. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The suite acts as an administrator, with a token signed by the development key the platform trusts. */
    private static final String TOKEN = org.openbudget.local.DevTokens.admin("acceptance-suite");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> send(String method, String url, Object body) throws IOException, InterruptedException {
        return send(method, url, body, java.util.Map.of());
    }

    HttpResponse<String> send(String method, String url, Object body, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + TOKEN);
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String url) throws IOException, InterruptedException {
        return expect(send("GET", url, null), 200);
    }

    String text(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static JsonNode expect(HttpResponse<String> response, int... statuses) throws IOException {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }
}
