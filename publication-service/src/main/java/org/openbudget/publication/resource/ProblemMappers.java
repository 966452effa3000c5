package org.openbudget.publication.resource;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbudget.publication.service.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every error leaves as application/problem+json naming the field at fault; no stack trace or SQL ever leaks. */
public class ProblemMappers {

    private static final String TYPE_BASE = "https://openbudget.example/problems/";

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        String title = switch (e.kind()) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case UNPROCESSABLE -> "Unprocessable input";
        };
        return problem(e.kind().status, e.kind().name().toLowerCase().replace('_', '-'), title, e.getMessage(), uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    // Quarkus maps its own subclass; naming it here makes ours the most specific mapper.
    @ServerExceptionMapper
    public Response resteasyViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        if (isReturnValueViolation(e)) {
            return unexpected(e, uri);
        }
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "validation", "Invalid request", detail, uri, errors);
    }

    // Quarkus REST has built-in mappers for these Jackson types; one method per type keeps ours the most specific.
    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JacksonException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m.getPath()) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = pathOf(u.getPath());
            message = "unknown property";
        } else if (e instanceof InvalidFormatException f) {
            message = "cannot read value " + abbreviate(String.valueOf(f.getValue())) + " as " + f.getTargetType().getSimpleName()
                    + (f.getTargetType().isEnum() ? " (one of " + enumValues(f.getTargetType()) + ")" : "");
        } else if (e instanceof JsonMappingException) {
            message = "wrong type or shape";
        } else {
            message = "malformed JSON";
        }
        String fieldName = field.isEmpty() ? "body" : field;
        return problem(400, "unreadable-body", "Unreadable request body", fieldName + ": " + message, uri,
                List.of(new Problem.FieldError(fieldName, message)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(status, "http-" + status, title, title, uri, null);
    }

    // authentication is lazy (quarkus.http.auth.proactive=false) so that these reach the mappers as problems
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "the token's roles do not allow this request (docs/security.md)" : e.getMessage();
        String field = detail.startsWith("departmentCode:") ? "departmentCode" : "Authorization";
        return problem(403, "forbidden", "Forbidden", detail, uri,
                List.of(new Problem.FieldError(field, detail.substring(detail.indexOf(':') + 1).strip())));
    }

    private static Response notAuthenticated(UriInfo uri) {
        Response problem = problem(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token of the configured issuer is required (docs/security.md)", uri,
                List.of(new Problem.FieldError("Authorization", "missing, malformed, expired or not signed by the issuer")));
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected error, incident %s", incident);
        return problem(500, "internal", "Internal error",
                "the request could not be completed; quote incident " + incident, uri, null);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, uri.getPath(), errors))
                .build();
    }

    /** A response that breaks its own constraints is our bug, not the caller's. */
    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drops the method and parameter nodes of a body property path: {@code addLine.request.amount} → {@code amount}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // Hibernate Validator puts an element's index on the node that follows its container:
                // cells → value[0] means cells[0].value
                if (node.isInIterable()) {
                    property.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    if (!property.isEmpty()) {
                        property.append('.');
                    }
                    property.append(node.getName());
                }
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        List<String> names = new ArrayList<>();
        for (Object c : constants) {
            names.add(((Enum<?>) c).name());
        }
        return String.join(", ", names);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
