package org.openbudget.performance.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openbudget.performance.domain.target.TargetVocabulary;
import org.openbudget.performance.service.PolicyCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The docs describe the data the service runs by: every rule, policy and qualitative phrase family is documented. */
class DocsInStepTest {

    static final Path DOCS = Path.of("..", "docs");

    @Test
    void everyRuleIsInTheValidationPageWithItsSeverityAndKind() throws IOException {
        String page = Files.readString(DOCS.resolve("performance-validation.md"));
        List<String> missing = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/rules/performance-rules.json")) {
            for (JsonNode rule : new ObjectMapper().readTree(in)) {
                String row = "| " + rule.get("id").asText() + " | " + rule.get("severity").asText() + " | "
                        + rule.get("kind").asText() + " | " + (rule.get("blocksFinalisation").asBoolean() ? "yes" : "no")
                        + " | " + rule.get("zh").asText() + "<br>" + rule.get("en").asText() + " |";
                if (!page.contains(row)) {
                    missing.add(row);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPolicyAndEveryQualitativeMeaningIsInTheScoringPage() throws IOException {
        String page = Files.readString(DOCS.resolve("performance-scoring.md"));
        List<String> missing = new ArrayList<>();
        PolicyCatalog.loadAll().keySet().stream().filter(id -> !page.contains("`" + id + "`")).forEach(missing::add);
        TargetVocabulary.standard().definition().qualitative().stream().map(TargetVocabulary.QualitativeEntry::meaning)
                .filter(m -> !page.contains("`" + m + "`")).forEach(missing::add);
        TargetVocabulary.standard().definition().units().stream().map(TargetVocabulary.UnitEntry::text)
                .filter(u -> !page.contains(u)).forEach(missing::add);
        assertEquals(List.of(), missing);
    }
}
