package org.openbudget.budget.resource;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the department and year a request concerns on every log line it writes (MDC {@code department}, {@code year};
 * JSON logs carry them as fields, docs/observability.md).
 */
public class LogContext {

    @ServerRequestFilter
    public void enter(UriInfo uri) {
        String department = uri.getPathParameters().getFirst("departmentCode");
        String year = uri.getPathParameters().getFirst("fiscalYear");
        if (department != null) {
            MDC.put("department", department);
        }
        if (year != null) {
            MDC.put("year", year);
        }
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove("department");
        MDC.remove("year");
    }
}
