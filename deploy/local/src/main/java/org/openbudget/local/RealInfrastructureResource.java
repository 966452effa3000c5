package org.openbudget.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared real broker and real PostgreSQL.
 * Init arg {@code database} names the service's own database (default {@code app}).
 * Nothing is stopped here: the infrastructure outlives a test class and stops with the JVM.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestInfrastructure.jdbcUrl(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD,
                "kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // shared for the whole JVM; see TestInfrastructure's shutdown hook
    }
}
