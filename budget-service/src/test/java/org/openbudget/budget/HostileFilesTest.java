package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Uploaded workbooks are untrusted ZIPs of XML: a zip bomb and an external entity are refused and change nothing. */
@QuarkusTest
class HostileFilesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aZipBombIsRefusedBeforeAnyParserSeesIt() throws Exception {
        String department = Fixtures.newDepartment();
        Fixtures.newLine(department, 2024, "100.00");
        String before = given().get("/api/v1/ledgers/{d}/2024", department).asString();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros); // 64 MB of nothing, about 64 kB on the wire
            }
            zip.closeEntry();
        }
        given().contentType(XLSX).body(bomb.toByteArray())
                .put("/api/v1/ledgers/{d}/2024/file?reason=炸弹", department)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("body"));
        assertEquals(before, given().get("/api/v1/ledgers/{d}/2024", department).asString());
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        String department = Fixtures.newDepartment();
        Fixtures.newLine(department, 2024, "100.00");
        String before = given().get("/api/v1/ledgers/{d}/2024", department).asString();
        String marker = "XXE-MARKER-" + System.nanoTime();
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), marker);
        byte[] export = given().accept(XLSX).get("/api/v1/ledgers/{d}/2024/file", department).then().statusCode(200)
                .extract().asByteArray();

        ByteArrayOutputStream doctored = new ByteArrayOutputStream();
        Path exported = Files.write(Files.createTempFile("export", ".xlsx"), export);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(exported.toFile());
             ZipOutputStream out = new ZipOutputStream(doctored)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (var part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
                    xml = xml.replaceFirst("<is><t>([^<]*)</t></is>", "<is><t>&xxe;</t></is>");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        String answer = given().contentType(XLSX).body(doctored.toByteArray())
                .put("/api/v1/ledgers/{d}/2024/file?reason=外部实体", department)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("body"))
                .extract().asString();
        assertFalse(answer.contains(marker), answer);
        assertEquals(before, given().get("/api/v1/ledgers/{d}/2024", department).asString());
        assertFalse(given().get("/api/v1/ledgers/{d}/2024/history", department).asString().contains(marker));
    }

    @Test
    void aBodyOverTheLimitIsAProblemAndChangesNothing() throws Exception {
        String department = Fixtures.newDepartment();
        Fixtures.newLine(department, 2024, "100.00");
        String before = given().get("/api/v1/ledgers/{d}/2024", department).asString();
        // the server answers as soon as it reads the declared length, so send the head only and read the answer
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("PUT /api/v1/ledgers/" + department + "/2024/file?reason=big HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: text/csv; charset=UTF-8\r\nContent-Length: " + 11 * 1024 * 1024
                    + "\r\nAuthorization: " + Tokens.bearer("test-admin", java.util.List.of("admin")) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(2000), StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("application/problem+json"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("\"field\":\"body\""), answer);
        }
        assertEquals(before, given().get("/api/v1/ledgers/{d}/2024", department).asString());
    }
}
