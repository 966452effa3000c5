package org.openbudget.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topics the platform uses locally, with their partition counts (see docs/events/asyncapi.yaml for the contract
 * and docs/decisions for why three partitions). Created explicitly so that consumers never race auto-creation.
 */
public final class PlatformTopics {

    public static final String BUDGET_LEDGER_EVENTS = "budget.ledger-events";
    public static final String PERFORMANCE_GOAL_EVENTS = "performance.goal-events";
    public static final String PUBLICATION_DEAD_LETTER = "publication.dead-letter";
    public static final String PERFORMANCE_DEAD_LETTER = "performance.dead-letter";

    private PlatformTopics() {
    }

    public static Map<String, Integer> partitions() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put(BUDGET_LEDGER_EVENTS, 3);
        topics.put(PERFORMANCE_GOAL_EVENTS, 3);
        topics.put(PUBLICATION_DEAD_LETTER, 1);
        topics.put(PERFORMANCE_DEAD_LETTER, 1);
        return topics;
    }
}
