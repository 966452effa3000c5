package org.openbudget.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bearer tokens and roles in performance-service (docs/security.md); every refusal is a problem and changes nothing. */
@QuarkusTest
class SecurityTest {

    private static final Map<String, Object> GOAL = Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL",
            "content", "权限测试年度目标", "reason", "权限测试");

    @Test
    void onlyAnEditorOfTheDepartmentWritesItsGoals() {
        String department = Seeds.newDepartment();
        Tokens.anonymously(() -> {
            given().contentType(ContentType.JSON).body(GOAL).post("/api/v1/goal-sets/{d}/2024/goals", department)
                    .then().statusCode(401).contentType("application/problem+json").body("errors.field", hasItem("Authorization"));
            given().get("/api/v1/goal-sets/{d}/2024", department).then().statusCode(401);
            given().get("/api/v1/scoring-policies").then().statusCode(200);
        });
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("li.si", List.of("viewer")))
                .body(GOAL).post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("wang.wu", List.of("editor"), "ELSEWHERE"))
                .body(GOAL).post("/api/v1/goal-sets/{d}/2024/goals", department)
                .then().statusCode(403).contentType("application/problem+json").body("errors.field", hasItem("departmentCode"));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("wang.wu", List.of("editor"), department))
                .body(Map.of("policyId", "national-2020", "reason", "权限测试")).put("/api/v1/goal-sets/{d}/2024/policy", department)
                .then().statusCode(403);

        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("zhao.liu", List.of("editor"), department))
                .body(GOAL).post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(201);
        given().get("/api/v1/goal-sets/{d}/2024/amendments", department).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].actor", equalTo("zhao.liu"));
    }
}
