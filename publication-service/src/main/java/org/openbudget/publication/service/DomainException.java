package org.openbudget.publication.service;

/**
 * A request the domain refuses. {@code field} names the input at fault (a JSON pointer-ish path such as
 * {@code functionCode} or {@code lines[3].economicCode}); the resource layer turns it into RFC 9457 problem+json.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND(404), CONFLICT(409), UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String field;

    public DomainException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static DomainException notFound(String field, String message) {
        return new DomainException(Kind.NOT_FOUND, field, message);
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Kind.CONFLICT, field, message);
    }

    public static DomainException unprocessable(String field, String message) {
        return new DomainException(Kind.UNPROCESSABLE, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
