package org.openbudget.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One real PostgreSQL 16 server (zonky's binaries, no Docker) holding one database per service.
 * Data and the unpacked binaries live under the given directory, so a restart keeps the data.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server on {@code port} (0 picks a free one) with data under {@code home/data}.
     * {@code keepData=false} wipes the data directory first (tests); {@code true} reuses it (the run command).
     */
    public static LocalPostgres start(Path home, int port, boolean keepData) throws IOException {
        Path data = home.resolve("data");
        Path binaries = home.resolve("binaries");
        Files.createDirectories(data);
        Files.createDirectories(binaries);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(!keepData)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        return new LocalPostgres(builder.start());
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void ensureDatabase(String database) throws SQLException {
        ensureDatabase(port(), database);
    }

    /** Creates the database unless it exists; names are checked because CREATE DATABASE cannot be parameterised. */
    static void ensureDatabase(int port, String database) throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("invalid database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(port, "postgres"), USER, PASSWORD);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
