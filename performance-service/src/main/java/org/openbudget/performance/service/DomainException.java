package org.openbudget.performance.service;

import java.util.List;

/**
 * A request the domain refuses. Each {@link Error} names the input at fault (a path such as {@code projectCode} or
 * {@code indicators[3].target}); the resource layer turns them into RFC 9457 problem+json.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public record Error(String field, String message) {
    }

    private final Kind kind;
    private final List<Error> errors;

    public DomainException(Kind kind, String field, String message) {
        this(kind, message, List.of(new Error(field, message)));
    }

    public DomainException(Kind kind, String message, List<Error> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static DomainException badRequest(String field, String message) {
        return new DomainException(Kind.BAD_REQUEST, field, message);
    }

    public static DomainException notFound(String field, String message) {
        return new DomainException(Kind.NOT_FOUND, field, message);
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Kind.CONFLICT, field, message);
    }

    public static DomainException preconditionFailed(String field, String message) {
        return new DomainException(Kind.PRECONDITION_FAILED, field, message);
    }

    public static DomainException unprocessable(String field, String message) {
        return new DomainException(Kind.UNPROCESSABLE, field, message);
    }

    /** Several inputs at fault at once; the detail counts them. */
    public static DomainException unprocessable(List<Error> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " inputs cannot be accepted; first " + errors.get(0).field() + ": "
                + errors.get(0).message();
        return new DomainException(Kind.UNPROCESSABLE, detail, errors);
    }

    public Kind kind() {
        return kind;
    }

    public List<Error> errors() {
        return errors;
    }

    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }
}
