package org.openbudget.performance.domain.target;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of the target grammar, as data (src/main/resources/targets/vocabulary.json): comparator words, range
 * separators, units, suffixes and the qualitative phrases. Longer words are tried first, so 万人次 wins over 万.
 */
public final class TargetVocabulary {

    public static final String RESOURCE = "targets/vocabulary.json";

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ComparatorWord(String text, org.openbudget.performance.domain.target.Comparator comparator) {
    }

    public record UnitEntry(String text, String base, BigDecimal scale, Direction defaultDirection) {
        Unit unit() {
            return new Unit(text, base, scale, defaultDirection);
        }
    }

    /** A word after the unit; a comparator when it bounds (以上 → ≥), none when it only describes (完成). */
    public record Suffix(String text, org.openbudget.performance.domain.target.Comparator comparator) {
    }

    public record QualitativeEntry(String meaning, String zh, String pattern) {
    }

    public record Definition(String _doc, List<ComparatorWord> comparators, List<String> rangeSeparators,
                             List<UnitEntry> units, List<Suffix> suffixes, List<QualitativeEntry> qualitative) {
    }

    public record QualitativePattern(String meaning, String zh, Pattern pattern) {
    }

    private final List<ComparatorWord> comparators;
    private final List<String> rangeSeparators;
    private final List<Unit> units;
    private final List<Suffix> suffixes;
    private final List<QualitativePattern> qualitative;
    private final Definition definition;

    public TargetVocabulary(Definition d) {
        this.definition = d;
        this.comparators = d.comparators().stream()
                .sorted(Comparator.comparingInt((ComparatorWord c) -> c.text().length()).reversed()).toList();
        this.rangeSeparators = d.rangeSeparators().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.units = d.units().stream().map(UnitEntry::unit)
                .sorted(Comparator.comparingInt((Unit u) -> u.text().length()).reversed()).toList();
        this.suffixes = d.suffixes().stream()
                .sorted(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed()).toList();
        this.qualitative = d.qualitative().stream()
                .map(q -> new QualitativePattern(q.meaning(), q.zh(), Pattern.compile(q.pattern()))).toList();
    }

    public static TargetVocabulary load(InputStream in) {
        try {
            return new TargetVocabulary(new ObjectMapper().readValue(in, Definition.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vocabulary shipped with the service. */
    public static TargetVocabulary standard() {
        try (InputStream in = TargetVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Definition definition() {
        return definition;
    }

    List<ComparatorWord> comparators() {
        return comparators;
    }

    List<String> rangeSeparators() {
        return rangeSeparators;
    }

    List<Unit> units() {
        return units;
    }

    List<Suffix> suffixes() {
        return suffixes;
    }

    List<QualitativePattern> qualitative() {
        return qualitative;
    }
}
