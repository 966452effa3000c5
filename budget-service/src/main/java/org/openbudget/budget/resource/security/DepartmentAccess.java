package org.openbudget.budget.resource.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openbudget.budget.service.DepartmentService;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is calling and which departments it may write (docs/security.md): an admin any; an editor those listed in its
 * token's {@code departments} claim and every unit below them (the department tree of budget-service).
 */
@RequestScoped
public class DepartmentAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    DepartmentService departments;

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
        for (String code = departmentCode; code != null && seen.add(code); code = departments.parentOf(code).orElse(null)) {
            if (granted.contains(code)) {
                return;
            }
        }
        throw new ForbiddenException("departmentCode: the token grants " + (granted.isEmpty() ? "no department"
                : String.join(", ", granted)) + ", not " + departmentCode + " or a department above it");
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
