package org.openbudget.publication.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service's department tree (public), for the departments an editor's token reaches (docs/security.md). */
@RegisterRestClient(configKey = "budget-api")
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
public interface DepartmentApi {

    @GET
    @Path("/{code}")
    JsonNode department(@PathParam("code") String code);
}
