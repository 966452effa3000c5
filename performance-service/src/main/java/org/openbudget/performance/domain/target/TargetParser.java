package org.openbudget.performance.domain.target;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 指标值 or 实际完成值 into a {@link Target}. Grammar (docs/performance-scoring.md):
 * <pre>
 *   quantitative := [comparator] number [unit] [separator number [unit]] [suffix]
 *   qualitative  := a whole text matched by one of the vocabulary's phrase patterns
 * </pre>
 * Qualitative patterns are tried first; they never match a text with a digit unless they say so (2024年度内), so a
 * number is never mistaken for a phrase. Full-width characters are folded (NFKC) and spaces ignored in numbers.
 * A failure says what was understood and where reading stopped.
 */
public final class TargetParser {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    private final TargetVocabulary vocabulary;

    public TargetParser(TargetVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Either a target or why not, with what was understood before reading stopped. */
    public record Result(Target target, String error, List<String> understood) {
        public boolean ok() {
            return target != null;
        }

        /** One sentence for a problem report: what was understood and what was not. */
        public String explanation() {
            if (ok()) {
                return "understood " + String.join(", ", understood);
            }
            return error + (understood.isEmpty() ? "" : "; understood " + String.join(", ", understood));
        }
    }

    /** Parses with the kind decided by the text itself. */
    public Result parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses {@code text}; {@code declared} forces the kind: QUALITATIVE accepts any non-blank text (an assessor
     * scores it by tier), QUANTITATIVE refuses a phrase.
     */
    public Result parse(String text, TargetKind declared) {
        if (text == null || text.isBlank()) {
            return new Result(null, "a target is required", List.of());
        }
        String written = text.strip();
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        if (declared != TargetKind.QUANTITATIVE) {
            for (TargetVocabulary.QualitativePattern q : vocabulary.qualitative()) {
                if (q.pattern().matcher(folded).matches()) {
                    return new Result(Target.qualitative(written, q.meaning()),
                            null, List.of("qualitative phrase " + q.meaning() + " (" + q.zh() + ")"));
                }
            }
            if (declared == TargetKind.QUALITATIVE) {
                return new Result(Target.qualitative(written, null), null, List.of("declared qualitative"));
            }
        }
        return quantitative(written, folded.replaceAll("\\s+", ""));
    }

    private Result quantitative(String written, String s) {
        List<String> understood = new ArrayList<>();
        int pos = 0;
        Comparator comparator = null;
        for (TargetVocabulary.ComparatorWord word : vocabulary.comparators()) {
            if (s.startsWith(word.text())) {
                comparator = word.comparator();
                pos = word.text().length();
                understood.add("comparator " + word.text() + " (" + comparator + ")");
                break;
            }
        }
        Matcher number = NUMBER.matcher(s).region(pos, s.length());
        if (!number.lookingAt()) {
            return failure(s, pos, understood, comparator == null
                    ? "not a known qualitative phrase and not a number" : "a number must follow the comparator");
        }
        BigDecimal value = toNumber(number.group());
        understood.add("number " + value.toPlainString());
        pos = number.end();
        Unit unit = unitAt(s, pos);
        if (unit != null) {
            pos += unit.text().length();
            understood.add("unit " + unit.text());
        }
        BigDecimal upper = null;
        String separator = startsWithAny(s, pos, vocabulary.rangeSeparators());
        if (separator != null) {
            Matcher second = NUMBER.matcher(s).region(pos + separator.length(), s.length());
            if (!second.lookingAt()) {
                return failure(s, pos, understood, "a range needs a number after " + separator);
            }
            if (comparator != null) {
                return failure(s, 0, understood, "a range cannot also have a comparator");
            }
            upper = toNumber(second.group());
            pos = second.end();
            Unit upperUnit = unitAt(s, pos);
            if (upperUnit != null) {
                if (unit != null && !unit.text().equals(upperUnit.text())) {
                    return failure(s, pos, understood, "both ends of a range need the same unit");
                }
                unit = upperUnit;
                pos += upperUnit.text().length();
            }
            if (upper.compareTo(value) < 0) {
                return failure(s, pos, understood, "a range must go from the lower to the upper value");
            }
            comparator = Comparator.RANGE;
            understood.add("range to " + upper.toPlainString() + (unit == null ? "" : " " + unit.text()));
        }
        for (TargetVocabulary.Suffix suffix : vocabulary.suffixes()) {
            if (s.startsWith(suffix.text(), pos)) {
                if (suffix.comparator() != null) {
                    if (comparator == Comparator.RANGE
                            || (comparator != null && comparator != suffix.comparator())) {
                        return failure(s, pos, understood, "suffix " + suffix.text() + " contradicts the comparator");
                    }
                    comparator = suffix.comparator();
                }
                understood.add("suffix " + suffix.text());
                pos += suffix.text().length();
                break;
            }
        }
        if (pos < s.length()) {
            return failure(s, pos, understood, "cannot read '" + s.substring(pos) + "'");
        }
        Unit u = unit == null ? Unit.NONE : unit;
        Comparator c = comparator == null ? Comparator.EQ : comparator;
        return new Result(new Target(written, TargetKind.QUANTITATIVE, c, value, upper, u, direction(c, value, u),
                null), null, understood);
    }

    /** ≥ and > point up, ≤ and < down; a plain value follows its unit (工作日 is a ceiling), and a plain 0 is a ceiling. */
    static Direction direction(Comparator c, BigDecimal value, Unit unit) {
        switch (c) {
            case GE:
            case GT:
                return Direction.POSITIVE;
            case LE:
            case LT:
                return Direction.NEGATIVE;
            case RANGE:
                return null;
            default:
                if (value.signum() == 0) {
                    return Direction.NEGATIVE;
                }
                return unit.defaultDirection() != null ? unit.defaultDirection() : Direction.POSITIVE;
        }
    }

    private Unit unitAt(String s, int pos) {
        for (Unit unit : vocabulary.units()) {
            if (s.startsWith(unit.text(), pos)) {
                return unit;
            }
        }
        return null;
    }

    private static String startsWithAny(String s, int pos, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, pos)) {
                return w;
            }
        }
        return null;
    }

    private static BigDecimal toNumber(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static Result failure(String s, int pos, List<String> understood, String why) {
        String at = pos >= s.length() ? "at the end" : "at '" + s.substring(pos) + "'";
        return new Result(null, why + " (" + at + ")", List.copyOf(understood));
    }
}
