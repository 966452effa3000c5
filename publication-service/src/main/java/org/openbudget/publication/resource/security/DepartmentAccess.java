package org.openbudget.publication.resource.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.openbudget.publication.client.DepartmentApi;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is calling and which departments it may write (docs/security.md): an admin any; an editor those listed in its
 * token's {@code departments} claim and every unit below them (budget-service's department tree, read over REST).
 */
@RequestScoped
public class DepartmentAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** budget-service owns the department tree */
    @Inject
    @RestClient
    DepartmentApi departments;

    /** The actor recorded in the audit trail: the token's subject ({@code upn}, else {@code sub}). */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public void checkWrite(String departmentCode) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        Set<String> granted = departments(token.getClaim("departments"));
        Set<String> seen = new HashSet<>();
        for (String code = departmentCode; code != null && seen.add(code); code = parentOf(code)) {
            if (granted.contains(code)) {
                return;
            }
        }
        throw new ForbiddenException("departmentCode: the token grants " + (granted.isEmpty() ? "no department"
                : String.join(", ", granted)) + ", not " + departmentCode + " or a department above it");
    }

    /** Whether the caller may read drafts (blocked versions, editorial history, the change feed). */
    public boolean readsDrafts() {
        return !identity.isAnonymous() && (identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.EDITOR)
                || identity.hasRole(Roles.PUBLISHER) || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.SERVICE));
    }

    /** Refuses a draft to a caller who may not read drafts: 401 without a token, 403 with one. */
    public void checkReadsDrafts() {
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (!readsDrafts()) {
            throw new ForbiddenException();
        }
    }

    private String parentOf(String code) {
        try {
            com.fasterxml.jackson.databind.JsonNode parent = departments.department(code).get("parentCode");
            return parent == null || parent.isNull() ? null : parent.asText();
        } catch (WebApplicationException | ProcessingException e) {
            return null; // unknown department or budget-service unreachable: no parent, so only a direct grant counts
        }
    }

    /** The claim as strings: a JSON array of strings, or a comma-separated string. */
    static Set<String> departments(Object claim) {
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> codes.add(v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> codes.add(String.valueOf(v)));
        } else if (claim instanceof String text) {
            for (String code : text.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        return codes;
    }
}
