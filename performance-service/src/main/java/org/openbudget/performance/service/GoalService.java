package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalAmendment;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.events.GoalsChangedEvent;
import org.openbudget.performance.repository.GoalAmendmentRepository;
import org.openbudget.performance.repository.GoalRepository;
import org.openbudget.performance.repository.GoalSetRepository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Changes to a department-year's goals; each commits with its audit rows and its outbox event. */
@ApplicationScoped
public class GoalService {

    @Inject
    GoalSetRepository goalSets;

    @Inject
    GoalRepository goals;

    @Inject
    GoalAmendmentRepository amendments;

    @Inject
    OutboxService outbox;

    public record NewGoal(GoalScope scope, String projectCode, GoalTerm term, Integer endYear, String content) {
    }

    public record ChangeResult(long revision, Goal goal, boolean changed, UUID eventId) {
    }

    @Transactional
    public ChangeResult addGoal(String departmentCode, int fiscalYear, NewGoal request, String actor, String reason) {
        if (request.scope() == GoalScope.PROJECT && request.projectCode() == null) {
            throw DomainException.unprocessable("projectCode", "a project goal needs the project's code");
        }
        if (request.scope() == GoalScope.DEPARTMENT_WIDE && request.projectCode() != null) {
            throw DomainException.unprocessable("projectCode", "a department-wide goal has no project");
        }
        if (request.term() == GoalTerm.LONG_TERM && request.endYear() != null && request.endYear() < fiscalYear) {
            throw DomainException.unprocessable("endYear", "a long-term goal cannot end before its fiscal year");
        }
        if (request.term() == GoalTerm.ANNUAL && request.endYear() != null) {
            throw DomainException.unprocessable("endYear", "only long-term goals have an end year");
        }
        GoalSet set = goalSets.lockOrCreate(departmentCode, fiscalYear);
        Goal goal = new Goal();
        goal.goalSetId = set.id;
        goal.scope = request.scope();
        goal.projectCode = request.projectCode();
        goal.term = request.term();
        goal.endYear = request.endYear();
        goal.content = request.content();
        goals.persist(goal);
        set.revision++;
        UUID eventId = UUID.randomUUID();
        audit(set, goal, "content", null, goal.content, reason, actor, eventId);
        publish(eventId, set, actor, reason,
                List.of(change(GoalsChangedEvent.Change.GOAL_ADDED, goal, "content", null, goal.content)));
        return new ChangeResult(set.revision, goal, true, eventId);
    }

    /** Replaces a goal's content; the same content again changes nothing and emits nothing. */
    @Transactional
    public ChangeResult amendContent(String departmentCode, int fiscalYear, long goalId, String content, String actor,
                                     String reason) {
        GoalSet set = goalSets.findForUpdate(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no goals for department " + departmentCode + " and year " + fiscalYear));
        Goal goal = Optional.ofNullable(goals.findById(goalId)).filter(g -> g.goalSetId.equals(set.id))
                .orElseThrow(() -> DomainException.notFound("goalId", "goal " + goalId + " is not in this goal set"));
        if (Objects.equals(goal.content, content)) {
            return new ChangeResult(set.revision, goal, false, null);
        }
        String old = goal.content;
        goal.content = content;
        set.revision++;
        UUID eventId = UUID.randomUUID();
        audit(set, goal, "content", old, content, reason, actor, eventId);
        publish(eventId, set, actor, reason,
                List.of(change(GoalsChangedEvent.Change.GOAL_AMENDED, goal, "content", old, content)));
        return new ChangeResult(set.revision, goal, true, eventId);
    }

    public GoalSet get(String departmentCode, int fiscalYear) {
        return goalSets.find(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no goals for department " + departmentCode + " and year " + fiscalYear));
    }

    public List<Goal> goals(GoalSet set) {
        return goals.listBySet(set.id);
    }

    public List<GoalAmendment> history(GoalSet set) {
        return amendments.listBySet(set.id);
    }

    private void audit(GoalSet set, Goal goal, String field, String old, String value, String reason, String actor,
                       UUID eventId) {
        GoalAmendment a = new GoalAmendment();
        a.goalSetId = set.id;
        a.revision = set.revision;
        a.goalId = goal.id;
        a.field = field;
        a.oldValue = old;
        a.newValue = value;
        a.reason = reason;
        a.actor = actor;
        a.eventId = eventId;
        a.recordedAt = Instant.now();
        amendments.persist(a);
    }

    private void publish(UUID eventId, GoalSet set, String actor, String reason, List<GoalsChangedEvent.Change> changes) {
        GoalsChangedEvent event = new GoalsChangedEvent(eventId, GoalsChangedEvent.TYPE,
                GoalsChangedEvent.SCHEMA_VERSION, Instant.now(), set.departmentCode, set.fiscalYear, set.revision,
                actor, reason, changes);
        outbox.enqueue(eventId, set.aggregateKey(), GoalsChangedEvent.TYPE, event);
    }

    private static GoalsChangedEvent.Change change(String kind, Goal goal, String field, String old, String value) {
        return new GoalsChangedEvent.Change(kind, goal.id, goal.scope.name(), goal.projectCode, goal.term.name(),
                field, old, value);
    }
}
