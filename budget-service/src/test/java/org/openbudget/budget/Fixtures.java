package org.openbudget.budget;

import io.restassured.http.ContentType;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Creates isolated departments and lines through the public API, so tests never share state. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String newDepartment() {
        String code = "T" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "测试部门 " + code, "unitType", "ADMINISTRATIVE"))
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(201);
        return code;
    }

    /** Gives {@code year} the bundled 2024 catalogs (idempotent), as an administrator would for a new year. */
    public static void catalogsFor(int year) {
        for (String catalog : new String[] {"function", "economic"}) {
            given().post("/api/v1/catalogs/{c}/{y}/copy-from/2024", catalog, year).then().statusCode(200);
        }
    }

    /** One expenditure figure of a batch, 一般公共预算财政拨款, amount in 元. */
    public static Map<String, Object> figure(String function, String economic, String type, String project,
                                             String measure, java.math.BigDecimal yuan) {
        Map<String, Object> f = new java.util.HashMap<>();
        f.put("functionCode", function);
        f.put("economicCode", economic);
        f.put("fundingSource", "GENERAL_PUBLIC_BUDGET");
        f.put("expenditureType", type);
        if (project != null) {
            f.put("projectCode", project);
        }
        f.put("measure", measure);
        f.put("amount", yuan.setScale(2).toPlainString());
        return f;
    }

    /** Adds a 基本支出 line (2101501 行政运行 × 30101 基本工资) and returns its id. */
    public static long newLine(String department, int year, String initialBudget) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("functionCode", "2101501", "economicCode", "30101",
                        "fundingSource", "GENERAL_PUBLIC_BUDGET", "expenditureType", "BASIC",
                        "initialBudget", initialBudget, "reason", "年初预算录入"))
                .post("/api/v1/ledgers/{d}/{y}/expenditure-lines", department, year)
                .then().statusCode(201)
                .extract().jsonPath().getLong("line.id");
    }
}
