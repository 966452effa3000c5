package org.openbudget.publication.service.layout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.openbudget.publication.domain.DocumentKind;

import java.util.List;
import java.util.Map;

/**
 * A jurisdiction's layout (src/main/resources/layouts/{id}.json): per document kind, its title and parts in print
 * order, each a list of blocks. A new region's layout is a new file, not new code. Headings may use {department}
 * and {year}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Layout(String id, String name, String source, Map<DocumentKind, DocumentLayout> documents) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentLayout(String title, List<Part> parts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String id, String heading, List<BlockLayout> blocks) {
    }

    /**
     * One block: {@code type} is table (with {@code table} id and {@code number}), narrative (with {@code narrative}
     * id and optional {@code chart}), editorial (with {@code key}), glossary, or performance (with {@code what}:
     * goals or self-evaluations). An {@code optional} editorial block is left out when its text is missing, instead of
     * holding the document back (e.g. a contact line that only some departments print).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BlockLayout(String type, String heading, String table, String number, String narrative,
                              String chart, String key, String what, boolean optional) {
    }
}
