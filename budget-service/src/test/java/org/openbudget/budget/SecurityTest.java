package org.openbudget.budget;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.local.DevTokens;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Bearer tokens and roles (docs/security.md): who may read drafts, who may write which department, and that every
 * refusal is a problem+json that changes nothing.
 */
@io.quarkus.test.junit.QuarkusTest
class SecurityTest {

    private static final Map<String, Object> AMENDMENT = Map.of("measure", "INITIAL_BUDGET", "amount", "200.00", "reason", "权限测试");

    private static int write(String authorization, String department, long line) {
        var request = given().contentType(ContentType.JSON).body(AMENDMENT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = request.patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line);
        if (response.statusCode() >= 400) {
            response.then().contentType("application/problem+json");
        }
        return response.statusCode();
    }

    @Test
    void withoutAValidTokenNothingIsReadOrWritten() throws Exception {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "100.00");
        String other = "Bearer " + DevTokens.mint("mallory", List.of("admin"), List.of(), DevTokens.ISSUER, Instant.now(),
                Duration.ofMinutes(5), KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        String expired = "Bearer " + DevTokens.mint("zhang.san", List.of("admin"), List.of(), DevTokens.ISSUER,
                Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5), DevTokens.privateKey());
        String wrongIssuer = "Bearer " + DevTokens.mint("zhang.san", List.of("admin"), List.of(), "https://elsewhere.example",
                Instant.now(), Duration.ofMinutes(5), DevTokens.privateKey());
        Tokens.anonymously(() -> {
            given().get("/api/v1/ledgers/{d}/2024", department).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                    .body("errors.field", hasItem("Authorization"));
            for (String authorization : new String[] {null, other, expired, wrongIssuer, "Bearer not-a-jwt", "Basic YWRtaW46YWRtaW4="}) {
                org.junit.jupiter.api.Assertions.assertEquals(401, write(authorization, department, line), String.valueOf(authorization));
            }
            // published reference data stays public
            given().get("/api/v1/catalogs/function/2024").then().statusCode(200);
            given().get("/api/v1/departments/{d}", department).then().statusCode(200);
        });
        given().get("/api/v1/ledgers/{d}/2024", department).then().statusCode(200).body("revision", equalTo(1));
    }

    @Test
    void rolesAndDepartmentsDecideWhatATokenMayDo() {
        String parent = Fixtures.newDepartment();
        String unit = "U" + parent;
        given().contentType(ContentType.JSON).body(Map.of("name", "下属单位", "unitType", "PUBLIC_INSTITUTION", "parentCode", parent))
                .put("/api/v1/departments/{c}", unit).then().statusCode(201);
        String elsewhere = Fixtures.newDepartment();
        long unitLine = Fixtures.newLine(unit, 2024, "100.00");
        long elsewhereLine = Fixtures.newLine(elsewhere, 2024, "100.00");

        String viewer = Tokens.bearer("li.si", List.of("viewer"));
        String editor = Tokens.bearer("wang.wu", List.of("editor"), parent);
        given().header("Authorization", viewer).get("/api/v1/ledgers/{d}/2024/validation", unit).then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(403, write(viewer, unit, unitLine), "a viewer does not write");
        given().contentType(ContentType.JSON).header("Authorization", editor).body(AMENDMENT)
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", elsewhere, elsewhereLine)
                .then().statusCode(403).contentType("application/problem+json").body("errors.field", hasItem("departmentCode"));
        given().contentType(ContentType.JSON).header("Authorization", editor)
                .body(Map.of("name", "改名", "unitType", "ADMINISTRATIVE"))
                .put("/api/v1/departments/{c}", parent).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", editor)
                .body(Map.of("value", Map.of("text", "x"), "reason", "权限测试"))
                .put("/api/v1/ledgers/{d}/2024/attributes/explanation/yoy:total", elsewhere).then().statusCode(403);

        // the editor of a department writes its subordinate unit, recorded under the token's subject
        org.junit.jupiter.api.Assertions.assertEquals(200, write(editor, unit, unitLine));
        given().get("/api/v1/ledgers/{d}/2024/history", unit).then().statusCode(200)
                .body("[1].actor", equalTo("wang.wu")).body("[1].reason", equalTo("权限测试"));
        given().get("/api/v1/ledgers/{d}/2024", elsewhere).then().body("revision", equalTo(1));
    }
}
