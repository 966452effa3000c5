package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** A department-year as a file: CSV and JSON imports all or nothing, exports that import back unchanged. */
@QuarkusTest
class ImportExportTest {

    static final String CSV = """
            flow,functionCode,economicCode,fundingSource,expenditureType,projectCode,initialBudget,adjustedBudget,finalAccount
            INCOME,2101501,,GENERAL_PUBLIC_BUDGET,,,,,26528600.00
            EXPENDITURE,2101501,30101,GENERAL_PUBLIC_BUDGET,BASIC,,"5,000,000.00",,5058300.00
            EXPENDITURE,2101501,30201,GENERAL_PUBLIC_BUDGET,BASIC,,,,21470300
            CLOSING_BALANCE,,,GENERAL_PUBLIC_BUDGET,,,,,0.00
            """;

    @Test
    void aCsvImportRoundTripsAndReimportingChangesNothing() {
        String department = Fixtures.newDepartment();
        given().contentType("text/csv; charset=UTF-8").body(CSV).queryParam("reason", "导入2024决算")
                .put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(200).body("revision", equalTo(1)).body("figuresChanged", equalTo(5));

        String exported = given().accept("text/csv").get("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        given().contentType("text/csv; charset=UTF-8").body(exported).queryParam("reason", "再次导入")
                .put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(200).body("revision", equalTo(1)).body("changed", equalTo(false));

        given().get("/api/v1/ledgers/{d}/2024/tables/FA05", department).then()
                .body("total.cells.total", equalTo("2652.86"));
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().body("errors", equalTo(0));
    }

    @Test
    void anXlsxExportImportsBackIntoAnotherDepartmentAsTheSameFigures() {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        String source = Fixtures.newDepartment();
        given().contentType("text/csv; charset=UTF-8").body(CSV).queryParam("reason", "导入")
                .put("/api/v1/ledgers/{d}/2024/file", source).then().statusCode(200);
        byte[] workbook = given().accept(xlsx).get("/api/v1/ledgers/{d}/2024/file", source)
                .then().statusCode(200).contentType(xlsx).extract().asByteArray();

        String copy = Fixtures.newDepartment();
        given().contentType(xlsx).body(workbook).queryParam("reason", "从XLSX导入")
                .put("/api/v1/ledgers/{d}/2024/file", copy).then().statusCode(200).body("figuresChanged", equalTo(5));
        String original = given().accept("text/csv").get("/api/v1/ledgers/{d}/2024/file", source).asString();
        String copied = given().accept("text/csv").get("/api/v1/ledgers/{d}/2024/file", copy).asString();
        org.junit.jupiter.api.Assertions.assertEquals(original, copied);

        given().contentType(xlsx).body("PK not really a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("reason", "坏文件").put("/api/v1/ledgers/{d}/2024/file", copy)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItems("body"));
    }

    @Test
    void anImportReplacesTheWholeYearAndIsAuditedAsOneRevision() {
        String department = Fixtures.newDepartment();
        given().contentType("text/csv; charset=UTF-8").body(CSV).queryParam("reason", "导入")
                .put("/api/v1/ledgers/{d}/2024/file", department).then().statusCode(200);
        // the second file drops the office-expense line and corrects the wages
        Map<String, Object> corrected = Map.of("reason", "更正导入", "lines", List.of(
                Map.of("flow", "EXPENDITURE", "functionCode", "2101501", "economicCode", "30101",
                        "fundingSource", "GENERAL_PUBLIC_BUDGET", "expenditureType", "BASIC",
                        "initialBudget", "5000000.00", "finalAccount", "5058400.00")));
        given().contentType(ContentType.JSON).body(corrected).put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(200).body("revision", equalTo(2));
        given().accept(ContentType.JSON).get("/api/v1/ledgers/{d}/2024/file", department).then()
                .body("lines.find { it.economicCode == '30101' }.finalAccount", equalTo("5058400.00"))
                .body("lines.find { it.economicCode == '30201' }.finalAccount", nullValue());
        given().get("/api/v1/ledgers/{d}/2024/history", department).then()
                .body("findAll { it.revision == 2 }.size()", equalTo(4));
    }

    @Test
    void aBadFileNamesEveryBadCellAndChangesNothing() {
        String department = Fixtures.newDepartment();
        String bad = """
                flow,functionCode,economicCode,fundingSource,expenditureType,projectCode,initialBudget,adjustedBudget,finalAccount
                EXPENDITURE,2101501,30101,GENERAL_PUBLIC_BUDGET,BASIC,,,,-5
                EXPENDITURE,2101501,30101,LOTTERY,BASIC,,,,1
                SPENDING,2101501,30101,GENERAL_PUBLIC_BUDGET,BASIC,,,,1
                EXPENDITURE,9999999,30101,GENERAL_PUBLIC_BUDGET,BASIC,,,,1.234
                EXPENDITURE,2101501,,GENERAL_PUBLIC_BUDGET,BASIC,,,,1
                """;
        given().contentType("text/csv; charset=UTF-8").body(bad).queryParam("reason", "坏文件")
                .put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[2].finalAccount", "rows[3].fundingSource", "rows[4].flow",
                        "rows[5].finalAccount"));
        given().contentType("text/csv; charset=UTF-8").body("flow,functionCode,economicCode,fundingSource,expenditureType,projectCode,initialBudget,adjustedBudget,finalAccount\n"
                        + "EXPENDITURE,9999999,30101,GENERAL_PUBLIC_BUDGET,BASIC,,,,1\nEXPENDITURE,2101501,,GENERAL_PUBLIC_BUDGET,BASIC,,,,1\n")
                .queryParam("reason", "坏科目").put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(422).body("errors.field", hasItems("rows[2].functionCode", "rows[3].economicCode"));
        given().contentType("text/csv; charset=UTF-8").body("code,name\n1,2\n").queryParam("reason", "x")
                .put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(422).body("errors.field", hasItems("rows[1]"));
        given().contentType("text/csv; charset=UTF-8").body(CSV)
                .put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(400).body("errors.field", hasItems("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "拼写错误", "lines", List.of(Map.of(
                        "functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "expenditureType", "BASIC", "finalAcount", "1.00"))))
                .put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(422).body("errors.field", hasItems("lines[0].finalAcount"));
        given().get("/api/v1/ledgers/{d}/2024", department).then().statusCode(404);
        given().get("/api/v1/catalogs/function/2024?level=类").then().statusCode(200);
        given().get("/api/v1/catalogs/function/2024?level=GROUP").then().statusCode(400)
                .body("errors.field", hasItems("level"));
    }
}
