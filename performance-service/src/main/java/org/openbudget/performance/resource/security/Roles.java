package org.openbudget.performance.resource.security;

/**
 * The roles a bearer token's {@code groups} claim carries (docs/security.md). No role implies another: a token lists
 * every role it has, as the identity provider grants them.
 */
public final class Roles {
    /** reads drafts: ledgers, tables, validation, history, disclosure sources */
    public static final String VIEWER = "viewer";
    /** amends goals, indicators, declarations and evaluations of the departments in its {@code departments} claim and their subordinate units */
    public static final String EDITOR = "editor";
    /** publishes (publication-service); reads drafts here */
    public static final String PUBLISHER = "publisher";
    /** anything */
    public static final String ADMIN = "admin";
    /** another service of the platform reading drafts */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
