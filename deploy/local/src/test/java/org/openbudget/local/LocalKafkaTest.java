package org.openbudget.local;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalKafkaTest {

    /** One id in 64 started with '-' and the storage tool took it for an option (a CI smoke run failed so). */
    @Test
    void aClusterIdIsNeverReadAsAnOption() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = LocalKafka.randomClusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(22, id.length(), id);
            assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
