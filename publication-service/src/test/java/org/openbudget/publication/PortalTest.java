package org.openbudget.publication;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public portal: only published versions, every format downloadable, and — in a real headless Chromium — a
 * reader can go from the index to a document whose tables and Chinese text render (screenshot kept under
 * target/portal-screenshots/).
 */
@QuarkusTest
class PortalTest {

    @TestHTTPResource("/portal")
    URL portal;

    @Test
    void aPublishedDocumentIsOnThePortalInEveryFormat() throws Exception {
        String d = SourceFixtures.newDepartment();
        JsonPath version = SourceFixtures.published(d);
        int n = version.getInt("number");
        String base = "/portal/" + d + "/2024/FINAL_ACCOUNTS";

        given().get("/portal").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(base)).body(containsString("测试市医疗保障中心"));
        String page = given().get(base).then().statusCode(200).extract().asString();
        String text = org.jsoup.Jsoup.parse(page).text();
        assertTrue(text.contains("收入支出决算总表"), "the page has the 收支总表");
        assertTrue(text.contains("2024 年度收、支总计均为 570.00 万元"), "the page has the computed sentence");

        byte[] pdf = given().get(base + "/v/" + n + "/document.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(document);
            assertTrue(pdfText.contains("一般公共预算财政拨款支出决算表"), "PDF text has the Chinese table title");
            assertTrue(pdfText.contains("570.00"), "PDF text has the total");
            assertFalse(pdfText.contains("#"), "no glyph fell back to '#'");
        }
        byte[] again = given().get(base + "/v/" + n + "/document.pdf").then().statusCode(200).extract().asByteArray();
        assertTrue(java.util.Arrays.equals(pdf, again), "a version's file is rendered once and served as stored");

        byte[] xlsx = given().get(base + "/v/" + n + "/document.xlsx").then().statusCode(200).extract().asByteArray();
        assertEquals('P', xlsx[0]);
        byte[] zip = given().get(base + "/v/" + n + "/document.zip").then().statusCode(200).extract().asByteArray();
        List<String> entries = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.contains("datapackage.json"), entries.toString());

        given().get(base + "/v/" + n + "/document.docx").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("format"));
        given().get(base + "/history").then().statusCode(200).body(containsString("第 " + n + " 版"));
    }

    @Test
    void aBlockedVersionStaysOffThePortalButEditorsCanReadItsDraft() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.load(d, 2024, "2", "TEST01-2024-r2.json");
        SourceFixtures.event(d, 2);
        JsonPath blocked = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 2);
        assertEquals("BLOCKED", blocked.getString("status"));
        int n = blocked.getInt("number");

        given().get("/portal/{d}/2024/FINAL_ACCOUNTS", d).then().statusCode(404);
        given().get("/portal/{d}/2024/FINAL_ACCOUNTS/v/{n}", d, n).then().statusCode(404);
        given().get("/portal").then().statusCode(200).body(not(containsString(d)));
        given().get("/api/v1/publications/{d}/2024/FINAL_ACCOUNTS/versions/{n}/document.html", d, n).then().statusCode(200)
                .body(containsString("暂不能发布")).body(containsString("variance:FINAL_ACCOUNT:2101501"));
    }

    @Test
    void aReaderFollowsTheIndexToADocumentInChromium() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.published(d);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(portal.toString());
            assertTrue(browser.getTitle().contains("部门预算、决算公开"), browser.getTitle());
            WebElement link = browser.findElement(By.cssSelector("a[href='/portal/" + d + "/2024/FINAL_ACCOUNTS']"));
            assertEquals("部门决算公开", link.getText());
            link.click();

            WebElement table = browser.findElement(By.xpath("//table[caption[contains(., '收入支出决算总表')]]"));
            assertTrue(table.isDisplayed());
            assertTrue(table.findElements(By.tagName("tr")).size() > 10, "the 收支总表 has its rows");
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("2024 年度收、支总计均为 570.00 万元"));
            // glyphs drawn with a real width: a missing CJK font renders boxes of equal width, or nothing
            Number width = (Number) browser.executeScript("const s = document.createElement('span');"
                    + "s.textContent = '收入支出决算总表'; document.body.appendChild(s); const w = s.getBoundingClientRect().width;"
                    + "s.remove(); return w;");
            assertTrue(width.doubleValue() > 50, "Chinese text has width " + width);
            Boolean fontAvailable = (Boolean) browser.executeScript("return document.fonts.check('16px \"WenQuanYi Micro Hei\"', '收入');");
            assertTrue(fontAvailable, "the CJK font is available to the page");

            Path shots = Files.createDirectories(Path.of("target", "portal-screenshots"));
            Files.write(shots.resolve("final-accounts-" + d + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }
}
