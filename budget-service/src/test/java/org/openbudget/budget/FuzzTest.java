package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write endpoint of this service's own OpenAPI document (so a new one is covered without touching this test)
 * gets malformed and hostile bodies: always a 4xx problem+json — never a 500, never 401/403 (the test's token may do
 * everything), never a leaked stack trace or SQL — and never a partial change of the ledger.
 */
@QuarkusTest
class FuzzTest {

    private static final String LONG = "码".repeat(100_000);

    /** Hostile bodies, each with the Content-Type it is sent as. */
    private static List<Object[]> bodies() {
        List<Object[]> bodies = new ArrayList<>();
        for (String json : List.of("", "{", "{\"reason\": ", "[]", "\"text\"", "12", "null", "{\"reason\": 1e400}",
                "{\"measure\": \"FINAL_ACCOUNT\", \"amount\": 1e400, \"reason\": \"x\"}",
                "{\"measure\": \"FINAL_ACCOUNT\", \"amount\": \"99999999999999999999999.99\", \"reason\": \"x\"}",
                "{\"measure\": \"FINAL_ACCOUNT\", \"amount\": \"-0.00\", \"reason\": \"x\"}",
                "{\"measure\": \"FINAL_ACCOUNT\", \"amount\": -0, \"reason\": \"x\"}",
                "{\"functionCode\": \"21015012101501210150\", \"economicCode\": \"30101301013010130101\", "
                        + "\"fundingSource\": \"GENERAL_PUBLIC_BUDGET\", \"expenditureType\": \"BASIC\", "
                        + "\"initialBudget\": \"1.00\", \"reason\": \"x\"}",
                "{\"reason\": \"" + LONG + "\"}",
                "{\"reason\": [\"x\"], \"figures\": {\"a\": 1}, \"lines\": \"x\", \"cells\": 3, \"value\": []}",
                "{\"figures\": [{\"functionCode\": 2101501, \"amount\": true}], \"reason\": \"x\"}")) {
            bodies.add(new Object[] {"application/json", json.getBytes(StandardCharsets.UTF_8)});
        }
        bodies.add(new Object[] {"application/json", new byte[] {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}});
        bodies.add(new Object[] {"text/csv; charset=UTF-8", new byte[] {'f', 'l', 'o', 'w', '\n', (byte) 0xFF, (byte) 0xFE, ',', '1'}});
        bodies.add(new Object[] {"text/csv; charset=UTF-8", "flow,functionCode\nEXPENDITURE,=HYPERLINK(\"http://x\")\n".getBytes(StandardCharsets.UTF_8)});
        bodies.add(new Object[] {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)});
        bodies.add(new Object[] {"application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)});
        return bodies;
    }

    @Test
    void everyWriteEndpointRefusesHostileInputWithAProblemAndChangesNothing() {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "100.00");
        String stateBefore = state(department);

        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        int requests = 0;
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (!path.getValue().containsKey(method) || path.getKey().startsWith("/api/v1/departments")
                        || path.getKey().startsWith("/api/v1/catalogs")) {
                    continue; // departments and catalogs are not a ledger's: fuzzed below against their own state
                }
                String url = path.getKey().replace("{departmentCode}", department).replace("{fiscalYear}", "2024")
                        .replace("{lineId}", Long.toString(line)).replace("{tableId}", "FA05")
                        .replace("{kind}", "explanation").replace("{key}", "yoy:total");
                endpoints.add(method.toUpperCase() + " " + path.getKey());
                for (Object[] body : bodies()) {
                    Response response = given().contentType((String) body[0]).body((byte[]) body[1])
                            .request(method.toUpperCase(), url);
                    check(method.toUpperCase() + " " + url + " with " + preview((byte[]) body[1]), response);
                    requests++;
                }
            }
        }
        assertTrue(endpoints.size() >= 7, "write endpoints found: " + endpoints);
        assertEquals(stateBefore, state(department), "a refused request changed the ledger");

        // the admin-only writes, against their own state
        String departmentBefore = given().get("/api/v1/departments/{d}", department).asString();
        String catalogBefore = given().get("/api/v1/catalogs/function/2031").asString();
        for (Object[] body : bodies()) {
            check("PUT department", given().contentType((String) body[0]).body((byte[]) body[1])
                    .put("/api/v1/departments/{d}", department));
            check("PUT catalog", given().contentType((String) body[0]).body((byte[]) body[1])
                    .put("/api/v1/catalogs/function/2031"));
            requests += 2;
        }
        assertEquals(departmentBefore, given().get("/api/v1/departments/{d}", department).asString());
        assertEquals(catalogBefore, given().get("/api/v1/catalogs/function/2031").asString());
        System.out.printf("fuzz: %d hostile requests to %d write endpoints, all refused as problems%n", requests, endpoints.size() + 2);
    }

    private static void check(String what, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        assertTrue(status >= 400 && status < 500 && status != 401 && status != 403, what + " → " + status + " " + body);
        assertTrue(response.contentType().startsWith("application/problem+json"), what + " → " + response.contentType() + " " + body);
        JsonPath problem = response.jsonPath();
        assertEquals(status, problem.getInt("status"), what);
        assertFalse(problem.getString("title").isBlank(), what);
        for (String leak : List.of("Exception", "SQL", "\tat ", "org.hibernate", "java.lang")) {
            assertFalse(body.contains(leak), what + " leaks " + leak + ": " + body);
        }
    }

    private static String state(String department) {
        return given().get("/api/v1/ledgers/{d}/2024", department).asString()
                + given().get("/api/v1/ledgers/{d}/2024/history", department).asString()
                + given().get("/api/v1/ledgers/{d}/2024/attributes", department).asString();
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
