package org.openbudget.publication.resource;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by the HTTP layer before any resource runs; this
 * answers a declared length over it as an RFC 9457 problem like every other refusal instead of an empty 413 (a
 * chunked body without a length still gets Quarkus' plain 413 when it crosses the limit).
 */
@ApplicationScoped
public class OversizeProblems {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    String limit;

    void install(@Observes Router router) {
        long max = new io.quarkus.runtime.configuration.MemorySizeConverter().convert(limit).asLongValue();
        // before the body handler: a declared length over the limit is answered here, as a problem
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > max) {
                String detail = "the request body is larger than " + limit;
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(new JsonObject().put("type", "https://openbudget.example/problems/too-large")
                                .put("title", "Payload too large").put("status", 413).put("detail", detail)
                                .put("instance", context.request().path())
                                .put("errors", new JsonArray().add(new JsonObject().put("field", "body").put("message", detail)))
                                .encode())
                        .onComplete(done -> context.request().connection().close()); // the unread body is not wanted
                return;
            }
            context.next();
        });
    }
}
