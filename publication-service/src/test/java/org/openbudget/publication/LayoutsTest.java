package org.openbudget.publication;

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
    void aDepartmentChoosesALayoutByIdAndAnUnknownOneIsRefused() {
        given().get("/api/v1/layouts").then().statusCode(200).body("id", hasItems("wuhan", "putuo"));
        given().contentType("application/json").body(java.util.Map.of("layoutId", "atlantis"))
                .put("/api/v1/departments/{d}/layout", SourceFixtures.newDepartment()).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("layoutId"));
        given().contentType("application/json").body(java.util.Map.of("layoutId", "putuo"))
                .put("/api/v1/departments/{d}/layout", SourceFixtures.newDepartment()).then().statusCode(200);
    }
}
