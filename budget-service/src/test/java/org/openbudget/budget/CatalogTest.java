package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Catalogs per fiscal year: bundled files at start-up, extension by CSV or JSON, copy between years. */
@QuarkusTest
class CatalogTest {

    /** A year no other test uses, so each run starts from an empty catalog. */
    private static int freshYear() {
        return ThreadLocalRandom.current().nextInt(2100, 2200);
    }

    @Test
    void theBundled2024CatalogsAreLoadedAtStartUp() {
        given().get("/api/v1/catalogs/function/2024?level=ITEM").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(103))
                .body("code", hasItems("2101501", "2101506", "2210201"))
                .body("find { it.code == '2101501' }.name", equalTo("行政运行"));
        given().get("/api/v1/catalogs/economic/2024").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(100))
                .body("find { it.code == '30217' }.name", equalTo("公务接待费"));
    }

    @Test
    void aYearIsStartedFromAnotherAndExtendedByCsvAllOrNothing() {
        int year = freshYear();
        given().post("/api/v1/catalogs/function/{y}/copy-from/2024", year).then().statusCode(200)
                .body("inserted", greaterThanOrEqualTo(171));

        String bad = "code,name,level\n2109901,新设项目,项\n21099,,款\n2119901,无上级,项\n";
        given().contentType("text/csv; charset=UTF-8").body(bad).put("/api/v1/catalogs/function/{y}", year)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[3].name", "rows[4].code"));
        given().get("/api/v1/catalogs/function/{y}", year).then()
                .body("code", not(hasItem("2109901")));

        String good = "code,name,level\n21097,\"新设款, 含逗号\",款\n2109701,新设项目,项\n";
        given().contentType("text/csv; charset=UTF-8").body(good).put("/api/v1/catalogs/function/{y}", year)
                .then().statusCode(200).body("inserted", equalTo(2));
        given().get("/api/v1/catalogs/function/{y}?level=SECTION", year).then()
                .body("find { it.code == '21097' }.name", equalTo("新设款, 含逗号"));

        String department = Fixtures.newDepartment();
        given().post("/api/v1/catalogs/economic/{y}/copy-from/2024", year).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("functionCode", "2109701", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "expenditureType", "BASIC", "initialBudget", "1.00", "reason", "新科目"))
                .post("/api/v1/ledgers/{d}/{y}/expenditure-lines", department, year)
                .then().statusCode(201);
    }

    @Test
    void aYearWithoutCatalogRefusesLinesAndSaysWhy() {
        int year = freshYear();
        String department = Fixtures.newDepartment();
        given().contentType(ContentType.JSON)
                .body(Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "expenditureType", "BASIC", "initialBudget", "1.00", "reason", "x"))
                .post("/api/v1/ledgers/{d}/{y}/expenditure-lines", department, year)
                .then().statusCode(422).body("errors.field", hasItem("functionCode"))
                .body("detail", org.hamcrest.Matchers.containsString("no catalog is loaded for " + year));
    }

    @Test
    void jsonUploadsAreCheckedLikeCsv() {
        int year = freshYear();
        given().contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("code", "301", "name", "工资福利支出", "level", "类"),
                        Map.of("code", "3010", "name", "坏", "level", "款"),
                        Map.of("code", "301010", "name", "经济分类无项", "level", "项"))))
                .put("/api/v1/catalogs/economic/{y}", year)
                .then().statusCode(422).body("errors.field", hasItems("items[1].code", "items[2].level"));
        given().get("/api/v1/catalogs/economic/{y}", year).then().body("size()", equalTo(0));
        given().get("/api/v1/catalogs/budgetary/2024").then().statusCode(400).body("errors.field", hasItem("catalog"));
    }
}
