package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.events.GoalsChangedEvent;
import org.openbudget.performance.repository.AmendmentRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Commits a {@link ChangeSet}: the goal set's next revision, one audit row per field, and one outbox event in the
 * same transaction. The self-evaluations' scores are compared before and after, so that the event also says which
 * totals and grades the change moved (SCORE_CHANGED).
 */
@ApplicationScoped
public class ChangeRecorder {

    @Inject
    AmendmentRepository amendments;

    @Inject
    OutboxService outbox;

    @Inject
    ContentsLoader contents;

    @Inject
    ScoreService scores;

    public record Committed(long revision, boolean changed, UUID eventId) {
    }

    /** Starts a change of a goal set the caller holds locked; reads the scores as they are before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeSet begin(GoalSet set, String actor, String reason) {
        return new ChangeSet(set, actor, reason, scores.summaries(contents.load(set)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Committed commit(ChangeSet changes) {
        GoalSet set = changes.set;
        if (changes.isEmpty()) {
            return new Committed(set.revision, false, null);
        }
        Map<Subject, ScoreService.Summary> after = scores.summaries(contents.load(set));
        after.forEach((subject, now) -> {
            ScoreService.Summary was = changes.before.get(subject);
            String oldTotal = was == null ? null : was.total();
            String oldGrade = was == null ? null : was.grade();
            if (!Objects.equals(oldTotal, now.total()) || !Objects.equals(oldGrade, now.grade())) {
                changes.item(GoalsChangedEvent.ItemChange.SCORE_CHANGED, Amendment.EntityKind.EVALUATION, null,
                        subject, "totalScore", oldTotal, now.total());
                changes.item(GoalsChangedEvent.ItemChange.SCORE_CHANGED, Amendment.EntityKind.EVALUATION, null,
                        subject, "grade", oldGrade, now.grade());
            }
        });
        set.revision++;
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        for (ChangeSet.Entry e : changes.entries) {
            Amendment a = new Amendment();
            a.goalSetId = set.id;
            a.revision = set.revision;
            a.entity = e.entity();
            a.entityId = e.entityId();
            a.scope = e.subject() == null ? null : e.subject().scope();
            a.projectCode = e.subject() == null ? null : e.subject().projectCode();
            a.field = e.field();
            a.oldValue = e.oldValue();
            a.newValue = e.newValue();
            a.reason = changes.reason;
            a.actor = changes.actor;
            a.eventId = eventId;
            a.recordedAt = now;
            amendments.persist(a);
        }
        List<GoalsChangedEvent.Change> all = changes.entries.stream().map(ChangeSet.Entry::change).toList();
        List<GoalsChangedEvent.Change> carried = all.size() <= GoalsChangedEvent.MAX_CHANGES ? all
                : all.subList(0, GoalsChangedEvent.MAX_CHANGES);
        GoalsChangedEvent event = new GoalsChangedEvent(eventId, GoalsChangedEvent.TYPE,
                GoalsChangedEvent.SCHEMA_VERSION, now, set.departmentCode, set.fiscalYear, set.revision,
                changes.actor, changes.reason, all.size(), carried.size() == all.size(), List.copyOf(carried));
        outbox.enqueue(eventId, set.aggregateKey(), GoalsChangedEvent.TYPE, event);
        return new Committed(set.revision, true, eventId);
    }
}
