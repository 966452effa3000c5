package org.openbudget.publication;

import org.openbudget.publication.client.BudgetSource;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;
import org.openbudget.publication.service.assembly.Inputs;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.service.assembly.DocumentAssembler;
import org.openbudget.publication.service.layout.Layout;
import org.openbudget.publication.service.layout.LayoutRegistry;

import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bundled layout is complete and refers only to narratives that exist; layouts are chosen through the API. */
@QuarkusTest
class LayoutsTest {

    @Inject
    LayoutRegistry layouts;

    @Inject
    DocumentAssembler assembler;

    @Test
    void everyLayoutHasBothDocumentsAndOnlyKnownNarratives() {
        for (Layout layout : layouts.all()) {
            assertEquals(Set.of(DocumentKind.BUDGET, DocumentKind.FINAL_ACCOUNTS), layout.documents().keySet(), layout.id());
            assertEquals(List.of(), assembler.unknownReferences(layout), layout.id());
            layout.documents().forEach((kind, document) -> {
                long tables = document.parts().stream().flatMap(p -> p.blocks().stream()).filter(b -> "table".equals(b.type())).count();
                assertTrue(tables >= 9, layout.id() + " " + kind + " prints " + tables + " tables");
            });
        }
    }

    @Test
    void tabSeparatedLinesOfAnEditorialTextAreATable() throws Exception {
        BudgetSource source = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                getClass().getResourceAsStream("/sources/TEST01-2024-r17.json"), BudgetSource.class);
        String keyWork = "一、规范资格审核管理工作\n严格按照文件规定。\n\n序号\t重要事项\t完成情况\n1\t资格审核\t完成\n2\t<b>监督</b>\t完成\n结语。";
        Document document = assembler.assemble(DocumentKind.FINAL_ACCOUNTS, layouts.get("wuhan"),
                new Inputs(source, Optional.empty(), Optional.empty(), Map.of("key-work", keyWork)));
        Section keyWorkPart = document.sections().stream().filter(s -> s.id().equals("key-work")).findFirst().orElseThrow();
        List<Block> blocks = keyWorkPart.blocks();
        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals("严格按照文件规定。", ((Paragraph) blocks.get(1)).plainText());
        Table table = (Table) blocks.get(2);
        assertEquals(List.of("序号", "重要事项", "完成情况"), table.header().get(0).stream().map(Table.HeaderCell::text).toList());
        assertEquals(2, table.rows().size());
        assertEquals("<b>监督</b>", table.rows().get(1).cells().get(1).text(), "cells are text; renderers escape them");
        assertEquals("结语。", ((Paragraph) blocks.get(3)).plainText());
        assertEquals("editorial-key-work-5", ((Paragraph) blocks.get(3)).id(), "ids count non-blank lines, table lines too");
    }

    @Test
    void aDepartmentChoosesALayoutByIdAndAnUnknownOneIsRefused() {
        given().get("/api/v1/layouts").then().statusCode(200).body("id", hasItems("wuhan", "putuo"));
        given().contentType("application/json").body(java.util.Map.of("layoutId", "atlantis"))
                .put("/api/v1/departments/{d}/layout", SourceFixtures.newDepartment()).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("layoutId"));
        given().contentType("application/json").body(java.util.Map.of("layoutId", "putuo"))
                .put("/api/v1/departments/{d}/layout", SourceFixtures.newDepartment()).then().statusCode(200);
    }
}
