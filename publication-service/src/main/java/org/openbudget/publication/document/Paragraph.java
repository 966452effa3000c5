package org.openbudget.publication.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph as runs: plain text, figures computed from the ledger (kept apart so a correction can name the figure
 * that changed) and placeholders for human text that is still missing (shown, and blocking publication).
 */
public record Paragraph(String id, List<Run> runs) implements Block {

    public Paragraph {
        runs = List.copyOf(runs);
    }

    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME, property = "type")
    @com.fasterxml.jackson.annotation.JsonSubTypes({
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Text.class, name = "text"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Figure.class, name = "figure"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Placeholder.class, name = "placeholder")})
    public sealed interface Run permits Text, Figure, Placeholder {
        String text();
    }

    public record Text(String text) implements Run {
    }

    /** A computed figure: {@code key} names it ("total.final", "yoy.total.rate"), {@code text} is it formatted. */
    public record Figure(String key, String text) implements Run {
    }

    /** Missing human text, e.g. the 主要原因 of a variance; {@code subject} names the explanation attribute wanted. */
    public record Placeholder(String subject, String text) implements Run {
    }

    public static Paragraph of(String id, String text) {
        return new Paragraph(id, List.of(new Text(text)));
    }

    public String plainText() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean hasPlaceholder() {
        return runs.stream().anyMatch(r -> r instanceof Placeholder);
    }
}
