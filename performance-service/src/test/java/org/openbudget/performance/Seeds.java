package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Loads the seeds' goals and self-evaluations through the REST API, as a department's staff would enter them. */
final class Seeds {

    static final int YEAR = 2024;

    private Seeds() {
    }

    static String newDepartment() {
        return "P" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    static JsonNode read(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** budget-service's revision 1 of the department-year: the seed's lines and projects, then waits for the copy. */
    static void sendBudget(String department, JsonNode seed) throws IOException {
        BudgetEvents.send(department, YEAR, 1, "seed figures", BudgetEvents.linesAndProjects(seed));
        BudgetEvents.awaitRevision(department, YEAR, 1);
    }

    /** The request body of one indicator: the declared fields the seed gives (target, weight …). */
    static Map<String, Object> indicatorRequest(JsonNode i) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("level1", "level2", "name", "target", "targetPrior2", "targetPrior1", "weight")) {
            if (i.hasNonNull(field)) {
                body.put(field, i.get(field).asText());
            }
        }
        return body;
    }

    /** POSTs an annual goal with its indicators; returns the new indicators' ids in order. */
    static List<Long> postAnnualGoal(String department, String scope, String projectCode, String content,
                                     JsonNode indicators) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", scope);
        if (projectCode != null) {
            body.put("projectCode", projectCode);
        }
        body.put("term", "ANNUAL");
        if (content != null) {
            body.put("content", content);
        }
        body.put("reason", "年初绩效目标");
        List<Map<String, Object>> list = new ArrayList<>();
        indicators.forEach(i -> list.add(indicatorRequest(i)));
        body.put("indicators", list);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/goal-sets/{d}/{y}/goals", department, YEAR)
                .then().statusCode(201).extract().jsonPath().getList("goal.indicators.id", Long.class);
    }

    /** The 自评 body: each indicator's 实际完成值 (and deduction), by the ids the goals received. */
    static Map<String, Object> evaluationRequest(List<Long> ids, JsonNode indicators, String deviationReason,
                                                 String improvementMeasures) {
        List<Map<String, Object>> actuals = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            JsonNode i = indicators.get(k);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("indicatorId", ids.get(k));
            a.put("actual", i.get("actual").asText());
            if (i.hasNonNull("deduction")) {
                a.put("deduction", i.get("deduction").asText());
                a.put("deductionReason", i.get("deductionReason").asText());
            }
            actuals.add(a);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (deviationReason != null) {
            body.put("deviationReason", deviationReason);
        }
        if (improvementMeasures != null) {
            body.put("improvementMeasures", improvementMeasures);
        }
        body.put("indicators", actuals);
        body.put("reason", "年度绩效自评");
        return body;
    }

    static String evaluationPath(String projectCode) {
        return projectCode == null ? "/api/v1/goal-sets/{d}/{y}/evaluations/department-wide"
                : "/api/v1/goal-sets/{d}/{y}/evaluations/projects/" + projectCode;
    }

    static JsonPath evaluation(String department, String projectCode) {
        return given().get(evaluationPath(projectCode), department, YEAR).then().statusCode(200).extract().jsonPath();
    }

    /** A computed figure rounded as the seed printed it (to as many decimals as the printed one has). */
    static String asPrinted(String computed, String printed) {
        boolean percent = printed.endsWith("%");
        String p = percent ? printed.substring(0, printed.length() - 1) : printed;
        String c = percent ? computed.substring(0, computed.length() - 1) : computed;
        int scale = p.contains(".") ? p.length() - p.indexOf('.') - 1 : 0;
        return new BigDecimal(c).setScale(scale, RoundingMode.HALF_UP).toPlainString() + (percent ? "%" : "");
    }
}
