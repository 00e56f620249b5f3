package org.studytrip.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.studytrip.common.problem.Problem.FieldError;

/**
 * The one place where failures become HTTP answers: every error leaves as {@code application/problem+json} with a
 * stable {@code code}, never with a stack trace, SQL text or a Java class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** When a client may try again after the database was out of reach, or busy. */
    static final int UNAVAILABLE_RETRY_SECONDS = 5;
    static final int BUSY_RETRY_SECONDS = 2;

    /** Body parameters are named {@code body} so that violation paths can drop the parameter node. */
    public static final String BODY_PARAMETER = "body";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = respond(e.toProblem());
        return e.retryAfterSeconds() == 0 ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    /** No token, or one that is expired, badly signed or from another issuer: sign in (again). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(new ProblemException(ProblemType.UNAUTHENTICATED,
                        "Sign in: this needs a valid bearer token.").toProblem()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new ProblemException(ProblemType.FORBIDDEN, "Your role may not do this.").toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::fieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        String detail = errors.size() == 1
                ? "Invalid value for '" + errors.get(0).field() + "': " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields: "
                        + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")) + ".";
        return respond(new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors).toProblem());
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return respond(ProblemException.invalidField(field, "unknown-property",
                "is not a property of this resource" + (isServerOwned(e.getPropertyName()) ? " (it is set by the server)" : ""))
                .toProblem());
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return respond(ProblemException.invalidField(jsonPath(e), "invalid-value",
                "cannot be read as " + describe(e.getTargetType())).toProblem());
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body must be a JSON object.").toProblem());
        }
        return respond(ProblemException.invalidField(field, "invalid-type",
                "must be " + describe(e.getTargetType())).toProblem());
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return respond(new ProblemException(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON" + where + ".").toProblem());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e) {
        return respond(new ProblemException(ProblemType.VERSION_CONFLICT,
                "Someone else changed this resource at the same time; fetch it again and retry.").toProblem());
    }

    /** The database's own guard, for races the services' checks cannot see (two creations at once). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        boolean foreignKey = e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY;
        return respond(new ProblemException(foreignKey ? ProblemType.IN_USE : ProblemType.DUPLICATE_CODE,
                foreignKey ? "The change conflicts with data that refers to it, or that it refers to; fetch again and retry."
                        : "Another resource already has this code.").toProblem());
    }

    /** A value that passed validation but that the column cannot hold (a date in year 999999, say). */
    @ServerExceptionMapper
    public Response unstorable(org.hibernate.exception.DataException e) {
        return respond(new ProblemException(ProblemType.VALIDATION_FAILED, "A value is outside what can be stored: "
                + "dates and times must lie between the years 1000 and 9999, numbers within their documented bounds.")
                .toProblem());
    }

    /** Calendar arithmetic beyond what java.time supports, should a value slip past validation. */
    @ServerExceptionMapper
    public Response calendar(java.time.DateTimeException e) {
        return respond(new ProblemException(ProblemType.VALIDATION_FAILED,
                "A date or time is outside the supported range (years 1000 to 9999).").toProblem());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
        };
        String detail = switch (type) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this address.";
            case NOT_ACCEPTABLE -> "This resource is available as application/json only.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json (application/merge-patch+json for PATCH).";
            case INTERNAL_ERROR -> "The server could not complete the request.";
            default -> "The request could not be read.";
        };
        return respond(new ProblemException(type, detail).toProblem());
    }

    /**
     * Everything without a mapper of its own: first what it wraps (a constraint violation or a version conflict found
     * at commit comes wrapped by the transaction manager), then database access that failed (503 with Retry-After),
     * and only then an unexpected error (500).
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Response wrapped = wrapped(e.getCause());
        if (wrapped != null) {
            return wrapped;
        }
        Optional<ProblemType> database = DatabaseFailures.problem(e);
        if (database.isPresent()) {
            return unavailable(database.get(), e);
        }
        // Messages may quote stored values (personal data, SQL): log only the error id and the exception types.
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error %s: %s", errorId, causeChain(e));
        return respond(new ProblemException(ProblemType.INTERNAL_ERROR,
                "The server could not complete the request (error id " + errorId + ").").toProblem());
    }

    /** The answer of the mapper for the first cause that has one, or null. */
    private Response wrapped(Throwable cause) {
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem(problem);
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraint(violation);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return concurrentUpdate((RuntimeException) t);
            }
            if (t instanceof org.hibernate.exception.DataException data) {
                return unstorable(data);
            }
        }
        return null;
    }

    private static Response unavailable(ProblemType type, Throwable e) {
        LOG.warnf("%s: %s", type.code(), causeChain(e));
        // A connection lost during a commit leaves its outcome unknown; a busy database rolled the work back.
        String detail = type == ProblemType.DATABASE_UNAVAILABLE
                ? "The database cannot be reached. Retry after the time in Retry-After; read a resource you were "
                        + "changing again first, as the change may or may not have been saved."
                : "The database is busy; nothing was changed. Retry after the time in Retry-After.";
        return Response.fromResponse(respond(new ProblemException(type, detail).toProblem()))
                .header(HttpHeaders.RETRY_AFTER, type == ProblemType.DATABASE_UNAVAILABLE ? UNAVAILABLE_RETRY_SECONDS
                        : BUSY_RETRY_SECONDS)
                .build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A violation as the field error of a problem: its path in the JSON body, the constraint, the message. */
    public static FieldError fieldError(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldError(violationPath(violation.getPropertyPath()), kebab(constraint), violation.getMessage());
    }

    /** {@code createCity.body.name.en} becomes {@code name.en}; {@code listCities.size} becomes {@code size}. */
    static String violationPath(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if (!BODY_PARAMETER.equals(node.getName())) {
                    parts.add(node.getName());
                }
                continue;
            }
            // A node in a list carries the index of the element it belongs to: marks[0].participantId, expertIds[3].
            if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                parts.add(parts.remove(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            String name = node.getName() == null ? "" : node.getName();
            if (!name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? BODY_PARAMETER : String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isServerOwned(String property) {
        return List.of("id", "version", "createdAt", "updatedAt").contains(property);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of the allowed values";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "a date and time with its offset, such as 2025-10-14T09:30:00+09:00";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2025-10-14";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String causeChain(Throwable e) {
        List<String> types = new ArrayList<>();
        for (Throwable t = e; t != null && types.size() < 10; t = t.getCause()) {
            StackTraceElement top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            types.add(t.getClass().getName() + (top == null ? "" : " at " + top));
        }
        return String.join(" <- ", types);
    }
}
