package org.openbudget.publication.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.openbudget.publication.resource.security.DepartmentAccess;
import org.openbudget.publication.resource.security.DepartmentScoped;
import org.openbudget.publication.resource.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.publication.domain.AppliedChange;
import org.openbudget.publication.domain.DepartmentYear;
import org.openbudget.publication.domain.ProcessedEvent;
import org.openbudget.publication.domain.Source;
import org.openbudget.publication.service.ChangeFeedService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What publication-service has received from the source services, per department and year. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Source revisions and changes taken into the read model")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN, Roles.SERVICE})
public class ChangeFeedResource {

    @Inject
    ChangeFeedService feed;

    public record AppliedChangeView(Source source, long revision, UUID eventId, String reason, String actor,
                                    Instant occurredAt, JsonNode changes) {
    }

    public record ChangeFeedView(String departmentCode, int fiscalYear, long budgetRevision, long performanceRevision,
                                 Instant updatedAt, List<AppliedChangeView> changes) {
    }

    public record ProcessedEventView(UUID eventId, String eventType, String departmentCode, int fiscalYear,
                                     long revision, ProcessedEvent.Outcome outcome, Instant processedAt,
                                     String traceId) {
    }

    @Inject
    ObjectMapper json;

    @GET
    @Path("/change-feed/{departmentCode}/{fiscalYear}")
    @Operation(summary = "The newest source revisions and every change applied, oldest first")
    public ChangeFeedView changeFeed(
            @PathParam("departmentCode") @Pattern(regexp = PathParams.DEPARTMENT, message = PathParams.DEPARTMENT_MESSAGE) String departmentCode,
            @PathParam("fiscalYear") @Pattern(regexp = PathParams.YEAR, message = PathParams.YEAR_MESSAGE) String fiscalYear) {
        DepartmentYear departmentYear = feed.get(departmentCode, PathParams.year(fiscalYear));
        List<AppliedChangeView> changes = feed.changes(departmentYear).stream().map(this::view).toList();
        return new ChangeFeedView(departmentYear.departmentCode, departmentYear.fiscalYear,
                departmentYear.budgetRevision, departmentYear.performanceRevision, departmentYear.updatedAt, changes);
    }

    @GET
    @Path("/processed-events/{eventId}")
    @Operation(summary = "Whether an event was processed, and its outcome (APPLIED or STALE)")
    public ProcessedEventView processedEvent(@PathParam("eventId") @Pattern(regexp = PathParams.UUID, message = PathParams.UUID_MESSAGE) String eventId) {
        ProcessedEvent e = feed.processedEvent(UUID.fromString(eventId));
        return new ProcessedEventView(e.eventId, e.eventType, e.departmentCode, e.fiscalYear, e.revision, e.outcome,
                e.processedAt, e.traceId);
    }

    private AppliedChangeView view(AppliedChange c) {
        try {
            return new AppliedChangeView(c.source, c.revision, c.eventId, c.reason, c.actor, c.occurredAt,
                    json.readTree(c.changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored changes of event " + c.eventId + " are not JSON", e);
        }
    }
}
