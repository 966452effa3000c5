package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The read endpoints and the declared-cells endpoint refuse bad input with problem+json naming it. */
@QuarkusTest
class BadInputTest {

    @Test
    void tablesValidationAndDeclaredCellsNameWhatIsWrong() {
        String department = Fixtures.newDepartment();
        Fixtures.newLine(department, 2024, "100.00");

        problem(given().get("/api/v1/ledgers/{d}/2024/tables/FA99", department), 404, "tableId");
        problem(given().get("/api/v1/ledgers/{d}/2024/tables/fa05", department), 400, "tableId");
        problem(given().get("/api/v1/ledgers/{d}/2024/tables/FA05?unit=JIAO", department), 400, "unit");
        problem(given().get("/api/v1/ledgers/{d}/2024/tables/FA05?revision=-1", department), 400, "revision");
        problem(given().get("/api/v1/ledgers/{d}/2024/tables/FA05?revision=9", department), 404, "revision");
        problem(given().get("/api/v1/ledgers/{d}/2023/tables/FA05", department), 404, "fiscalYear");
        problem(given().get("/api/v1/ledgers/{d}/2023/validation", department), 404, "fiscalYear");
        problem(given().get("/api/v1/ledgers/NOPE!/2024/validation"), 400, "departmentCode");

        problem(given().contentType(ContentType.JSON).body(Map.of("source", "x", "cells", List.of(
                        Map.of("row", "row[code=1]", "column", "total", "value", "1.00"))))
                .put("/api/v1/ledgers/{d}/2024/declared/FA05", department), 422, "cells[0].row");
        problem(given().contentType(ContentType.JSON).body(Map.of("source", "x", "cells", List.of(
                        Map.of("row", "210", "column", "total", "value", "-1.00"))))
                .put("/api/v1/ledgers/{d}/2024/declared/FA05", department), 400, "cells[0].value");
        problem(given().contentType(ContentType.JSON).body(Map.of("source", "x", "cells", List.of(
                        Map.of("row", "210", "column", "total", "value", "1.00"))))
                .put("/api/v1/ledgers/{d}/2024/declared/FA42", department), 404, "tableId");
        problem(given().contentType(ContentType.JSON).body(Map.of("source", "x", "cells", List.of(
                        Map.of("row", "210", "column", "total", "value", "1.00"),
                        Map.of("row", "210", "column", "total", "value", "2.00"))))
                .put("/api/v1/ledgers/{d}/2024/declared/FA05", department), 422, "cells[1]");

        Map<String, Object> good = Map.of("functionCode", "2101501", "economicCode", "30201",
                "fundingSource", "GENERAL_PUBLIC_BUDGET", "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT",
                "amount", "1.00");
        Map<String, Object> negative = new java.util.HashMap<>(good);
        negative.put("amount", "-3.00");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "figures", List.of(good, negative)))
                .post("/api/v1/ledgers/{d}/2024/figures", department), 400, "figures[1].amount");

        // nothing above changed the ledger, and validation still runs
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("revision", equalTo(1)).body("findings.ruleId", not(hasItem("DECL-01")));
    }

    private static void problem(io.restassured.response.Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }
}
