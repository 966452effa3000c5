package org.openbudget.budget.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.openbudget.budget.domain.Catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the catalog files kept in the repository (src/main/resources/catalogs, listed in bundled.csv) at start-up.
 * Codes a database already has are left alone, so an administrator's revisions survive restarts and upgrades only
 * add what is new.
 */
@ApplicationScoped
public class CatalogBootstrap {

    static final String INDEX = "catalogs/bundled.csv";

    @Inject
    CatalogService catalogs;

    void onStart(@Observes StartupEvent event) {
        for (String[] entry : read(INDEX).stream().skip(1).map(l -> l.split(",")).toList()) {
            Catalog catalog = Catalog.valueOf(entry[0].strip());
            int year = Integer.parseInt(entry[1].strip());
            String resource = entry[2].strip();
            List<CatalogService.Row> rows = new ArrayList<>();
            List<String> lines = read(resource);
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                rows.add(new CatalogService.Row(resource + ":" + (i + 1), cells[0], cells[1], cells[2]));
            }
            CatalogService.UpsertResult result = catalogs.upsert(catalog, year, rows, "bundled:" + resource, false);
            Log.infof("catalog %s %d from %s: %d added, %d already present", catalog, year, resource,
                    result.inserted(), result.unchanged() + result.updated());
        }
    }

    private static List<String> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
