package org.openbudget.budget.service;

import java.util.List;

/**
 * A request the domain refuses. Each violation names the input at fault ({@code functionCode},
 * {@code rows[12].code}, {@code If-Match} …); the resource layer turns them into RFC 9457 problem+json.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    /** One input at fault. */
    public record Violation(String field, String message) {
    }

    private final Kind kind;
    private final List<Violation> violations;

    public DomainException(Kind kind, List<Violation> violations) {
        super(violations.size() == 1 ? violations.get(0).message()
                : violations.size() + " problems, first: " + violations.get(0).field() + ": " + violations.get(0).message());
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static DomainException badRequest(String field, String message) {
        return new DomainException(Kind.BAD_REQUEST, List.of(new Violation(field, message)));
    }

    public static DomainException notFound(String field, String message) {
        return new DomainException(Kind.NOT_FOUND, List.of(new Violation(field, message)));
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Kind.CONFLICT, List.of(new Violation(field, message)));
    }

    public static DomainException preconditionFailed(String field, String message) {
        return new DomainException(Kind.PRECONDITION_FAILED, List.of(new Violation(field, message)));
    }

    public static DomainException unprocessable(String field, String message) {
        return new DomainException(Kind.UNPROCESSABLE, List.of(new Violation(field, message)));
    }

    public static DomainException unprocessable(List<Violation> violations) {
        return new DomainException(Kind.UNPROCESSABLE, violations);
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
