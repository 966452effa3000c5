package org.openbudget.performance.resource;

import jakarta.ws.rs.core.EntityTag;
import org.openbudget.performance.service.DomainException;

/**
 * A goal set's ETag is its revision ({@code "r42"}). A write that sends {@code If-Match} with another revision is
 * refused with 412, so two editors cannot overwrite each other unknowingly. Without If-Match a write applies to
 * whatever revision is current (still atomic, and recorded old → new in the history).
 */
final class ETags {

    static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    static EntityTag of(long revision) {
        return new EntityTag("r" + revision);
    }

    /** The revision named by an If-Match header, or null when the header is absent or {@code *}. */
    static Long expectedRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (tag.startsWith("r")) {
            tag = tag.substring(1);
        }
        try {
            long revision = Long.parseLong(tag);
            if (revision < 0) {
                throw new NumberFormatException();
            }
            return revision;
        } catch (NumberFormatException e) {
            throw DomainException.badRequest(IF_MATCH, "If-Match must be a goal set ETag such as \"r42\", not " + ifMatch);
        }
    }
}
