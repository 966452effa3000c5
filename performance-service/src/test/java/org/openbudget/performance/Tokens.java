package org.openbudget.performance;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.openbudget.local.DevTokens;

import java.time.Duration;
import java.util.List;

/**
 * Every test request carries an administrator's bearer token (minted with the development key the test profile
 * trusts) unless the test sets its own Authorization header or runs {@link #anonymously}.
 */
public class Tokens implements QuarkusTestBeforeEachCallback {

    private static final String ADMIN = "Bearer " + DevTokens.admin("test-admin");
    private static volatile boolean anonymous;

    private static final Filter DEFAULT_TOKEN = (request, response, context) -> {
        if (!anonymous && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", ADMIN);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(DEFAULT_TOKEN);
    }

    /** A token with these roles and departments. */
    public static String bearer(String subject, List<String> roles, String... departments) {
        return "Bearer " + DevTokens.mint(subject, roles, List.of(departments), Duration.ofMinutes(10));
    }

    /** Runs requests without the default token. */
    public static void anonymously(Runnable requests) {
        anonymous = true;
        try {
            requests.run();
        } finally {
            anonymous = false;
        }
    }
}
