package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.target.Target;
import org.openbudget.performance.domain.target.TargetKind;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.domain.target.TargetVocabulary;

/** The target grammar with the vocabulary shipped in targets/vocabulary.json. */
@ApplicationScoped
public class Targets {

    private final TargetVocabulary vocabulary = TargetVocabulary.standard();
    private final TargetParser parser = new TargetParser(vocabulary);

    public TargetVocabulary vocabulary() {
        return vocabulary;
    }

    public TargetParser.Result parse(String text, TargetKind declared) {
        return parser.parse(text, declared);
    }

    /** An indicator's 指标值 as the engine reads it, with the declared direction applied. */
    public TargetParser.Result targetOf(Indicator i) {
        TargetParser.Result r = parser.parse(i.target, i.targetKind);
        if (r.ok() && i.direction != null && r.target().isQuantitative()) {
            return new TargetParser.Result(r.target().withDirection(i.direction), null, r.understood());
        }
        return r;
    }

    /** An 实际完成值 as the engine reads it: a quantity when it is one, otherwise the text itself. */
    public Target actualOf(String actual) {
        if (actual == null || actual.isBlank()) {
            return null;
        }
        TargetParser.Result r = parser.parse(actual, null);
        return r.ok() ? r.target() : Target.qualitative(actual.strip(), null);
    }
}
