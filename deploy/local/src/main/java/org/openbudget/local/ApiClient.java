package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** JSON over HTTP against the running services, as an operator's script would call them. */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String token;

    /** A client acting as {@code actor}: an administrator's token minted with the development key. */
    ApiClient(String actor) {
        this.token = DevTokens.admin(actor);
    }

    /** A client with a token of these roles and departments (the load harness's editors). */
    ApiClient(String actor, List<String> roles, List<String> departments) {
        this.token = DevTokens.mint(actor, roles, departments, Duration.ofDays(1));
    }

    ObjectMapper json() {
        return json;
    }

    HttpResponse<String> send(String method, String url, Object body) throws IOException, InterruptedException {
        return send(method, url, body == null ? null : json.writeValueAsString(body), "application/json");
    }

    HttpResponse<String> send(String method, String url, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode expect(HttpResponse<String> response, int... statuses) throws IOException {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }
}
