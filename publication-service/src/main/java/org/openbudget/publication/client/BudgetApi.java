package org.openbudget.publication.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service's REST API, as far as publication reads it (URL: quarkus.rest-client.budget-api.url). */
@ClientHeaderParam(name = "Authorization", value = "{serviceAuthorization}")
@RegisterRestClient(configKey = "budget-api")
@Path("/api/v1/ledgers/{departmentCode}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetApi {

    @GET
    @Path("/disclosure-source")
    BudgetSource disclosureSource(@PathParam("departmentCode") String departmentCode,
                                  @PathParam("fiscalYear") int fiscalYear,
                                  @QueryParam("revision") Long revision);

    /** This service's own bearer token (openbudget.service-token, role service; docs/security.md), if configured. */
    default String serviceAuthorization() {
        String token = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("openbudget.service-token", String.class).orElse("").strip();
        return token.isEmpty() ? null : "Bearer " + token;
    }
}
