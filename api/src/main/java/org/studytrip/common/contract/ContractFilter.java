package org.studytrip.common.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.idempotency.IdempotencyInterceptor;
import org.studytrip.common.crud.Coded;
import org.studytrip.common.crud.TypeArguments;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.ItemResource;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.exchange.TripRecordsResource;
import org.studytrip.common.problem.Problem;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.MergePatcher;

/**
 * Makes the generated contract say what the conventions kit really does, in one place instead of on every
 * method: closed schemas, the problem responses each kind of operation can give, ETag/Location/Link headers,
 * the CORS origin and rate-limit headers, 201 on creation, 304 on conditional reads, and a merge-patch schema for
 * every PATCH.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String CORS_ORIGIN = "Access-Control-Allow-Origin";
    private static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String RATE_LIMIT = "RateLimit";
    private static final String SECURITY_SCHEME = "SecurityScheme";
    private static final String ENTITY_TAGS = "^(\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*)$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.getSchemas().values().forEach(ContractFilter::close);
        addHeaders(components);
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> describe(path, item, operation, components)));
        // In the order of their addresses, whatever order the classes were found in: a new resource adds its paths
        // to the committed contract without moving the others.
        openAPI.getPaths().setPathItems(new TreeMap<>(openAPI.getPaths().getPathItems()));
    }

    private static void describe(String path, PathItem item, Operation operation, Components components) {
        ResourceMethod target = ResourceMethod.of(operation.getOperationId());
        Kind kind = target.kind();
        name(operation, target);
        declarePathParameters(path, operation);
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ContractFilter::describeParameter);
            // In a stable order wherever a parameter is declared (a resource's filter, the paging it inherits).
            operation.setParameters(operation.getParameters().stream()
                    .sorted(Comparator.comparing((Parameter parameter) -> parameter.getIn().ordinal())
                            .thenComparing(Parameter::getName))
                    .toList());
        }
        APIResponses responses = operation.getResponses();
        SampleExamples.attach(operation.getOperationId(), responses);
        switch (kind.value()) {
            case READ -> {
                withHeader(responses.getAPIResponse("200"), "ETag");
                notModified(responses);
                problems(responses, 400, 404);
            }
            case FEED -> {
                withHeader(responses.getAPIResponse("200"), "ETag");
                notModified(responses);
                problems(responses, 400, 410);
            }
            case ACTION -> {
                APIResponse ok = responses.getAPIResponse("200");
                responses.removeAPIResponse("200");
                responses.addAPIResponse("202", ok.description("Accepted."));
                problems(responses, 400, 404, 409, 422);
                idempotencyKey(operation, target);
            }
            case SUBMIT -> {
                problems(responses, 400, 404, 409, 413, 415, 422);
                idempotencyKey(operation, target);
            }
            case IMPORT -> {
                problems(responses, 400, 404, 409, 413, 415, 422);
                idempotencyKey(operation, target);
            }
            case STREAM -> {
                responses.removeAPIResponse("204");
                responses.addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("Server-sent events (text/event-stream): change events (data: a Change, id: a "
                                + "cursor), one ready event (data: {\"next\": cursor}), and comment lines as heartbeats.")
                        .content(OASFactory.createContent().addMediaType("text/event-stream", OASFactory
                                .createMediaType().schema(OASFactory.createSchema().type(List.of(SchemaType.STRING))
                                        .maxLength(Integer.MAX_VALUE)))));
                problems(responses, 400, 410);
            }
            case LIST -> {
                withHeader(responses.getAPIResponse("200"), "Link");
                problems(responses, 400);
            }
            case CREATE -> {
                APIResponse ok = responses.getAPIResponse("200");
                if (ok != null) {
                    responses.removeAPIResponse("200");
                    responses.addAPIResponse("201", ok.description("Created."));
                }
                withHeader(withHeader(responses.getAPIResponse("201"), "Location"), "ETag");
                problems(responses, 400, 409, 413, 415, 422);
                idempotencyKey(operation, target);
            }
            case REPLACE, PATCH -> {
                withHeader(responses.getAPIResponse("200"), "ETag");
                problems(responses, 400, 404, 409, 412, 413, 415, 428);
                if (kind.value() == OperationKind.PATCH) {
                    usePatchSchema(item, operation, components);
                }
            }
            case DELETE -> problems(responses, 400, 404, 409, 412, 428);
        }
        if (kind.belowParent()) {
            problems(responses, 404);
        }
        problems(responses, 401, 406, 414, 429, 431, 500, 503);
        withHeader(responses.getAPIResponse("401"), "WWW-Authenticate");
        List<String> roles = target.roles();
        if (roles.isEmpty()) {
            // Open to all: a token is optional, and checked when sent (TokenCheck).
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        } else {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME, roles)));
            problems(responses, 403);
        }
        responses.removeAPIResponse("default");
        withHeader(responses.getAPIResponse("429"), "Retry-After");
        withHeader(responses.getAPIResponse("503"), "Retry-After");
        responses.getAPIResponses().values().forEach(response ->
                withHeader(withHeader(withHeader(response, CORS_ORIGIN), RATE_LIMIT_POLICY), RATE_LIMIT));
    }

    /**
     * Every variable of the path is a parameter, also where an operation is inherited and overridden only to change
     * its roles (the framework then finds no annotation on the override's parameters).
     */
    private static void declarePathParameters(String path, Operation operation) {
        List<Parameter> parameters = new ArrayList<>(Optional.ofNullable(operation.getParameters()).orElse(List.of()));
        Matcher variables = Pattern.compile("\\{(\\w+)}").matcher(path);
        while (variables.find()) {
            String name = variables.group(1);
            if (parameters.stream().noneMatch(parameter -> parameter.getIn() == Parameter.In.PATH && parameter.getName().equals(name))) {
                parameters.add(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema()));
            }
        }
        if (!parameters.isEmpty()) {
            operation.setParameters(parameters);
        }
    }

    /**
     * Ids are UUIDs; conditional-request headers are short lists of entity tags, and writes require If-Match; other
     * headers keep what their parameter declares.
     */
    private static void describeParameter(Parameter parameter) {
        switch (parameter.getIn()) {
            case PATH -> {
                if (parameter.getName().equals("id") || parameter.getName().endsWith("Id")) {
                    parameter.description("The resource's id (a UUID; anything else is simply not found).")
                            .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).format("uuid").maxLength(36));
                }
            }
            case HEADER -> {
                if (parameter.getName().equals("Last-Event-ID")) {
                    parameter.description("The id of the last event received: the stream resumes after it.")
                            .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(200)
                                    .pattern("^[A-Za-z0-9_-]+$"));
                    return;
                }
                if (parameter.getName().equals("If-Match")) {
                    parameter.required(true).description("The ETag last read; a write without it gets 428, "
                            + "with an older one 412.");
                } else if (parameter.getName().equals("If-None-Match")) {
                    parameter.description("The ETag already held; when it is current the answer is 304 without a body.");
                } else {
                    return;
                }
                parameter.schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(200)
                        .pattern(ENTITY_TAGS).examples(List.of("\"0\"")));
            }
            default -> {
            }
        }
    }

    private static void notModified(APIResponses responses) {
        responses.addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match names the current version.")
                .addHeader("ETag", headerRef("ETag")));
    }

    /** Every POST may be sent again safely with the same key: the interceptor that makes it so must be on it. */
    private static void idempotencyKey(Operation operation, ResourceMethod target) {
        if (target.nearest(Idempotent.class).isEmpty()) {
            throw new IllegalStateException(target.resource().getName() + "." + target.name() + " creates, and is not "
                    + "@Idempotent: every POST must accept an Idempotency-Key");
        }
        List<Parameter> parameters = new ArrayList<>(Optional.ofNullable(operation.getParameters()).orElse(List.of()));
        parameters.add(OASFactory.createParameter().name(IdempotencyInterceptor.HEADER).in(Parameter.In.HEADER)
                .description("Any unique text (a UUID) to make the request safe to send again: the same key with the "
                        + "same request answers the first answer again, without creating anything more; with another "
                        + "request 422; while the first still runs 409. Kept for a day per caller. As the IETF draft "
                        + "writes it (a quoted string) or bare.")
                .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).minLength(1).maxLength(257)
                        .pattern("^\"?[\\x21\\x23-\\x7E]{1,255}\"?$")
                        .examples(List.of("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""))));
        operation.setParameters(parameters);
    }

    private static void problems(APIResponses responses, int... statuses) {
        for (int status : statuses) {
            responses.addAPIResponse(Integer.toString(status), OASFactory.createAPIResponse()
                    .description(PROBLEM_DESCRIPTIONS.get(status))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
        }
    }

    private static final Map<Integer, String> PROBLEM_DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "Invalid request: validation-failed (see errors[]), malformed-request, invalid-header or invalid-uri."),
            Map.entry(401, "unauthenticated: a bearer token is required here, or the one sent is expired or invalid."),
            Map.entry(403, "forbidden: the caller's role may not do this."),
            Map.entry(404, "not-found: no resource with this id (ids that are not UUIDs name nothing)."),
            Map.entry(406, "not-acceptable: the resource is not available in a media type the Accept header allows."),
            Map.entry(409, "duplicate-code, in-use, erased, webhook-disabled or idempotency-key-in-use: the change conflicts with other data, named in detail, or the first request with its Idempotency-Key still runs."),
            Map.entry(410, "cursor-expired: the change log no longer holds what followed the cursor; read the full resources again."),
            Map.entry(422, "idempotency-key-reused: the Idempotency-Key was sent before with another request."),
            Map.entry(412, "version-conflict: If-Match does not name the current version; fetch again."),
            Map.entry(413, "payload-too-large: the body is larger than any valid one (256 KiB)."),
            Map.entry(415, "unsupported-media-type: the body has no Content-Type, another than the one accepted here, or a charset other than UTF-8."),
            Map.entry(428, "precondition-required: writes must send If-Match with the last ETag read."),
            Map.entry(414, "uri-too-long: the request target is longer than 8 KiB."),
            Map.entry(429, "rate-limited: too many reads or writes, or too many rejected tokens, from this client in a short time; retry after Retry-After seconds."),
            Map.entry(431, "headers-too-large: the request's header fields are larger than 16 KiB."),
            Map.entry(500, "internal-error: the server failed; the detail carries an error id for support."),
            Map.entry(503, "database-unavailable, database-busy, shutting-down, or export-unavailable (what an export needs, "
                    + "such as the booklet's font, is missing on this server): nothing was changed; retry after Retry-After seconds."));

    /** RFC 7396 bodies: every property optional, nulls remove optional fields; nested objects are patches too. */
    private static void usePatchSchema(PathItem item, Operation operation, Components components) {
        if (item.getPUT() == null) {
            throw new IllegalStateException(operation.getOperationId() + ": a merge patch applies to the input of the "
                    + "PUT at the same path, and there is none");
        }
        Schema input = item.getPUT().getRequestBody().getContent().getMediaType("application/json").getSchema();
        String patchName = patchSchema(refName(input.getRef()), components);
        Content content = OASFactory.createContent().addMediaType(MergePatcher.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + patchName)));
        operation.getRequestBody().content(content).required(true);
    }

    /** The resource class and method behind an operation, whose annotations say what the operation is. */
    private record ResourceMethod(Class<?> resource, String name) {

        /** Operation ids are generated as {@code package.Class_method}; {@link #name} gives the contract's own. */
        static ResourceMethod of(String generatedId) {
            int separator = generatedId.lastIndexOf('_');
            try {
                return new ResourceMethod(Class.forName(generatedId.substring(0, separator), false,
                        ContractFilter.class.getClassLoader()), generatedId.substring(separator + 1));
            } catch (ClassNotFoundException | RuntimeException e) {
                throw new IllegalStateException("No resource method for the operation id " + generatedId, e);
            }
        }

        /** The kind, also where a resource overrides an operation of the standard exchange to change its roles. */
        Kind kind() {
            return nearest(Kind.class).map(method -> method.getAnnotation(Kind.class)).orElseThrow(() ->
                    new IllegalStateException(resource.getName() + "." + name + " does not say what @Kind of operation it is"));
        }

        /**
         * The roles that may call the operation, none where anyone may: read here from the annotations that the
         * security layer enforces, so that an operation inherited from {@link ItemResource}, or overridden to change
         * its roles, is described as it is guarded.
         */
        List<String> roles() {
            Method method = nearest(RolesAllowed.class, PermitAll.class).orElseThrow(() ->
                    new IllegalStateException(resource.getName() + "." + name + " says neither its roles nor @PermitAll"));
            return method.isAnnotationPresent(RolesAllowed.class)
                    ? List.of(method.getAnnotation(RolesAllowed.class).value()) : List.of();
        }

        /** The method of this name nearest to the resource class in its hierarchy that carries one of the annotations. */
        @SafeVarargs
        private Optional<Method> nearest(Class<? extends Annotation>... annotations) {
            for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.getName().equals(name) && !method.isBridge()
                            && Arrays.stream(annotations).anyMatch(method::isAnnotationPresent)) {
                        return Optional.of(method);
                    }
                }
            }
            return Optional.empty();
        }

        /** Whether the resource's input carries a unique code ({@link Coded}), read from its type argument. */
        boolean coded() {
            for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
                if (type.getGenericSuperclass() instanceof ParameterizedType base
                        && ItemResource.class.isAssignableFrom((Class<?>) base.getRawType())) {
                    return base.getActualTypeArguments()[0] instanceof Class<?> input && Coded.class.isAssignableFrom(input);
                }
            }
            return false;
        }

        /** The filter of a list written once: the last type argument the resource gives its base. */
        Class<?> filter() {
            Class<?> base = TripRecordsResource.class.isAssignableFrom(resource) ? TripRecordsResource.class
                    : CatalogueResource.class;
            return TypeArguments.of(resource, base, 3);
        }

        /** Whether this is an operation written once in {@code common/exchange}, which the resource inherits or overrides. */
        boolean standard() {
            for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
                if (type.getPackage() == ItemResource.class.getPackage() && Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(method -> method.getName().equals(name) && !method.isBridge())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The operation id is the method's name; for the standard exchange the method's and the resource's
     * ({@code getCity}), with the wording that names the record as the resource's {@link Exchange} says.
     */
    private static void name(Operation operation, ResourceMethod target) {
        if (!target.standard()) {
            operation.setOperationId(target.name());
            return;
        }
        Exchange exchange = ItemResource.exchangeOf(target.resource());
        if (target.name().equals("list")) {
            // A list written once: its records in the plural, its filter's fields as the query parameters.
            Class<?> filter = target.filter();
            operation.setOperationId("list" + capitalized(exchange.plural()));
            operation.setDescription(Optional.ofNullable(filter.getAnnotation(ListDescription.class)).orElseThrow(() ->
                    new IllegalStateException(filter.getName() + " does not say what the list is filtered and sorted by"))
                    .value());
            List<Parameter> parameters = new ArrayList<>(Optional.ofNullable(operation.getParameters()).orElse(List.of()));
            parameters.addAll(FilterParameters.of(filter));
            // Parameters before responses, where the framework writes those it finds itself.
            APIResponses responses = operation.getResponses();
            operation.setResponses(null);
            operation.setParameters(parameters);
            operation.setResponses(responses);
        } else if (target.name().equals("create")) {
            operation.setOperationId("create" + capitalized(exchange.noun()));
        } else {
            operation.setOperationId(target.name() + target.resource().getSimpleName().replaceFirst("Resource$", ""));
        }
        operation.setSummary(word(operation.getSummary(), exchange, target.coded()));
        operation.setDescription(word(operation.getDescription(), exchange, target.coded()));
        if (target.name().equals("delete") && !exchange.cascade().isEmpty()) {
            List<Parameter> parameters = new ArrayList<>(operation.getParameters());
            int afterPath = (int) parameters.stream().filter(parameter -> parameter.getIn() == Parameter.In.PATH).count();
            parameters.add(afterPath, OASFactory.createParameter().name("cascade").in(Parameter.In.QUERY)
                    .description(exchange.cascade())
                    .schema(OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN)).defaultValue(false)));
            operation.setParameters(parameters);
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String word(String text, Exchange exchange, boolean coded) {
        String noun = exchange.noun();
        return text.replace("{onDelete}", exchange.onDelete())
                .replace("{code rule}", coded ? "; the code must be unused" : "")
                .replace("{a noun}", ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun)
                .replace("{nouns}", exchange.plural())
                .replace("{creation}", exchange.creation())
                .replace("{noun}", noun);
    }

    private static String patchSchema(String inputName, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        String patchName = inputName.replaceFirst("Input$", "") + "Patch";
        if (schemas.containsKey(patchName)) {
            return patchName;
        }
        Schema input = schemas.get(inputName);
        Schema patch = OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).additionalPropertiesBoolean(false)
                .description("JSON Merge Patch (RFC 7396) of " + inputName + ": send only what changes; null removes an "
                        + "optional field. The result must be a valid " + inputName + ".");
        components.addSchema(patchName, patch);
        input.getProperties().forEach((name, property) -> {
            Schema target = property.getRef() != null ? schemas.get(refName(property.getRef())) : null;
            Schema patched;
            if (target != null && target.getProperties() != null) {
                patched = OASFactory.createSchema().ref("#/components/schemas/" + patchSchema(refName(property.getRef()), components));
            } else {
                patched = property;
            }
            patch.addProperty(name, OASFactory.createSchema().anyOf(List.of(patched,
                    OASFactory.createSchema().type(List.of(SchemaType.NULL)))));
        });
        return patchName;
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Closes objects, and bounds ids inlined in arrays (List&lt;UUID&gt; items) like the UUID schema itself. */
    private static void close(Schema schema) {
        if (schema.getItems() != null && "uuid".equals(schema.getItems().getFormat()) && schema.getItems().getMaxLength() == null) {
            schema.getItems().maxLength(36);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractFilter::close);
        }
        if (schema.getType() != null && schema.getType().contains(SchemaType.OBJECT) && schema.getProperties() != null
                && schema.getAdditionalPropertiesSchema() == null) {
            schema.additionalPropertiesBoolean(false);
        }
    }

    private static void addHeaders(Components components) {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", header("Version of the representation, for If-None-Match and If-Match.", 64));
        headers.put("Location", header("Address of the created resource.", 2000));
        headers.put("Link", header("RFC 8288 links to the first, prev, next and last pages.", 4000));
        Header authenticate = header("The authentication scheme to use: Bearer.", 100);
        authenticate.getSchema().pattern("^Bearer");
        headers.put("WWW-Authenticate", authenticate);
        Header retryAfter = header("Seconds to wait before trying again.", 10);
        retryAfter.getSchema().pattern("^[0-9]{1,10}$");
        headers.put("Retry-After", retryAfter);
        Header corsOrigin = header("Only when the request's Origin is on the service's allow-list "
                + "(QUARKUS_HTTP_CORS_ORIGINS): that origin, never *. Other origins get no CORS permission.", 2000);
        corsOrigin.getSchema().pattern("^https?://[^\\s*]+$");
        headers.put(CORS_ORIGIN, corsOrigin);
        // draft-ietf-httpapi-ratelimit-headers: structured fields naming the budget ("reads" or "writes").
        Header policy = header("The client's budget for this kind of request: a burst of q requests, refilled evenly "
                + "over w seconds (draft-ietf-httpapi-ratelimit-headers).", 100);
        policy.getSchema().pattern("^\"(reads|writes)\";q=[0-9]+;w=[0-9]+$").examples(List.of("\"reads\";q=300;w=30"));
        headers.put(RATE_LIMIT_POLICY, policy);
        Header limit = header("What is left of the budget: r requests now, full again in t seconds.", 100);
        limit.getSchema().pattern("^\"(reads|writes)\";r=[0-9]+;t=[0-9]+$").examples(List.of("\"reads\";r=299;t=1"));
        headers.put(RATE_LIMIT, limit);
        headers.forEach(components::addHeader);
    }

    private static Header header(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(maxLength));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static APIResponse withHeader(APIResponse response, String name) {
        if (response != null) {
            response.addHeader(name, headerRef(name));
        }
        return response;
    }

}
