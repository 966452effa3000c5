package org.openbudget.performance.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.performance.domain.scoring.ScoringPolicy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 评分办法 this service knows: the files listed in policies/index.txt. A policy file with a defect (weights not
 * adding to 100, a 一级 in no group …) stops the service at start-up rather than scoring wrongly.
 */
@ApplicationScoped
public class PolicyCatalog {

    static final String INDEX = "policies/index.txt";

    @ConfigProperty(name = "scoring.default-policy", defaultValue = "national-2020")
    String defaultPolicyId;

    private final Map<String, ScoringPolicy> policies = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        policies.putAll(loadAll());
        if (!policies.containsKey(defaultPolicyId)) {
            throw new IllegalStateException("default policy " + defaultPolicyId + " is not in " + INDEX);
        }
    }

    /** Reads and checks every listed policy; also used by tests without a container. */
    public static Map<String, ScoringPolicy> loadAll() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        ClassLoader loader = PolicyCatalog.class.getClassLoader();
        Map<String, ScoringPolicy> loaded = new LinkedHashMap<>();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException("missing " + INDEX);
            }
            List<String> files = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (String file : files) {
                try (InputStream in = loader.getResourceAsStream("policies/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("missing policies/" + file);
                    }
                    ScoringPolicy policy = json.readValue(in, ScoringPolicy.class);
                    List<String> defects = policy.defects();
                    if (!defects.isEmpty()) {
                        throw new IllegalStateException("policy " + file + ": " + String.join("; ", defects));
                    }
                    if (loaded.put(policy.id(), policy) != null) {
                        throw new IllegalStateException("two policies with id " + policy.id());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    public Collection<ScoringPolicy> all() {
        return policies.values();
    }

    public Optional<ScoringPolicy> find(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    public String defaultPolicyId() {
        return defaultPolicyId;
    }

    /** The policy a department-year uses: its own choice, or the default. */
    public ScoringPolicy forSet(String policyId) {
        return policies.get(policyId == null ? defaultPolicyId : policyId);
    }
}
