package org.openbudget.publication.service.layout;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.publication.service.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The layouts bundled in src/main/resources/layouts/, checked at start-up so a broken file fails fast. */
@ApplicationScoped
@Startup
public class LayoutRegistry {

    @ConfigProperty(name = "publication.layouts", defaultValue = "wuhan,putuo")
    List<String> ids;

    @ConfigProperty(name = "publication.default-layout", defaultValue = "wuhan")
    String defaultLayout;

    @Inject
    ObjectMapper json;

    private final Map<String, Layout> layouts = new TreeMap<>();

    @PostConstruct
    void load() {
        for (String id : ids) {
            String path = "layouts/" + id + ".json";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing layout " + path);
                }
                Layout layout = json.readerFor(Layout.class).without(
                        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
                if (!id.equals(layout.id())) {
                    throw new IllegalStateException(path + " has id " + layout.id());
                }
                layouts.put(id, layout);
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        if (!layouts.containsKey(defaultLayout)) {
            throw new IllegalStateException("default layout " + defaultLayout + " is not among " + ids);
        }
    }

    public Layout get(String id) {
        Layout layout = layouts.get(id);
        if (layout == null) {
            throw DomainException.unprocessable("layoutId", "no layout " + id + "; layouts are " + layouts.keySet());
        }
        return layout;
    }

    public Layout defaultLayout() {
        return layouts.get(defaultLayout);
    }

    public List<Layout> all() {
        return List.copyOf(layouts.values());
    }
}
