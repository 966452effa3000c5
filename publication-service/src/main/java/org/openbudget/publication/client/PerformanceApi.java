package org.openbudget.publication.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * performance-service's goals and scored self-evaluations of a department-year, read in one response (URL:
 * quarkus.rest-client.performance-api.url). Kept as a JSON tree: publication prints what it finds and tolerates
 * fields it does not know.
 */
@ClientHeaderParam(name = "Authorization", value = "{serviceAuthorization}")
@RegisterRestClient(configKey = "performance-api")
@Path("/api/v1/goal-sets/{departmentCode}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
public interface PerformanceApi {

    @GET
    @Path("/disclosure-source")
    JsonNode disclosureSource(@PathParam("departmentCode") String departmentCode, @PathParam("fiscalYear") int fiscalYear);

    /** This service's own bearer token (openbudget.service-token, role service; docs/security.md), if configured. */
    default String serviceAuthorization() {
        String token = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("openbudget.service-token", String.class).orElse("").strip();
        return token.isEmpty() ? null : "Bearer " + token;
    }
}
