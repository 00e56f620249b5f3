package org.studytrip.common.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.studytrip.common.problem.Problem;
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
                item.getOperations().forEach((method, operation) -> describe(path, method, operation, components)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        boolean single = path.endsWith("}");
        // A collection nested in another resource (/trips/{tripId}/sessions) is 404 when its parent is unknown.
        boolean nested = !single && path.contains("{");
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ContractFilter::describeParameter);
        }
        APIResponses responses = operation.getResponses();
        switch (method) {
            case GET -> {
                if (!isPage(responses.getAPIResponse("200"))) {
                    withHeader(responses.getAPIResponse("200"), "ETag");
                    responses.addAPIResponse("304", OASFactory.createAPIResponse()
                            .description("Not modified: If-None-Match names the current version.")
                            .addHeader("ETag", headerRef("ETag")));
                    problems(responses, 400, 404);
                } else {
                    withHeader(responses.getAPIResponse("200"), "Link");
                    problems(responses, 400);
                    if (nested) {
                        problems(responses, 404);
                    }
                }
            }
            case POST -> {
                APIResponse ok = responses.getAPIResponse("200");
                if (ok != null) {
                    responses.removeAPIResponse("200");
                    responses.addAPIResponse("201", ok.description("Created."));
                }
                withHeader(withHeader(responses.getAPIResponse("201"), "Location"), "ETag");
                problems(responses, 400, 409, 413, 415);
                if (nested) {
                    problems(responses, 404);
                }
            }
            case PUT, PATCH -> {
                withHeader(responses.getAPIResponse("200"), "ETag");
                problems(responses, 400, 404, 409, 412, 413, 415, 428);
                if (method == PathItem.HttpMethod.PATCH) {
                    usePatchSchema(operation, components);
                }
            }
            case DELETE -> problems(responses, 400, 404, 409, 412, 428);
            default -> {
            }
        }
        problems(responses, 401, 406, 414, 429, 431, 500, 503);
        withHeader(responses.getAPIResponse("401"), "WWW-Authenticate");
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Open to all: a token is optional, and checked when sent (TokenCheck).
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        } else {
            problems(responses, 403);
        }
        responses.removeAPIResponse("default");
        withHeader(responses.getAPIResponse("429"), "Retry-After");
        withHeader(responses.getAPIResponse("503"), "Retry-After");
        responses.getAPIResponses().values().forEach(response ->
                withHeader(withHeader(withHeader(response, CORS_ORIGIN), RATE_LIMIT_POLICY), RATE_LIMIT));
    }

    /** Ids are UUIDs; conditional-request headers are short lists of entity tags, and writes require If-Match. */
    private static void describeParameter(Parameter parameter) {
        switch (parameter.getIn()) {
            case PATH -> {
                if (parameter.getName().equals("id") || parameter.getName().endsWith("Id")) {
                    parameter.description("The resource's id (a UUID; anything else is simply not found).")
                            .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).format("uuid").maxLength(36));
                }
            }
            case HEADER -> {
                if (parameter.getName().equals("If-Match")) {
                    parameter.required(true).description("The ETag last read; a write without it gets 428, "
                            + "with an older one 412.");
                } else if (parameter.getName().equals("If-None-Match")) {
                    parameter.description("The ETag already held; when it is current the answer is 304 without a body.");
                }
                parameter.schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(200)
                        .pattern(ENTITY_TAGS).examples(List.of("\"0\"")));
            }
            default -> {
            }
        }
    }

    /** A list operation answers a page (Page&lt;T&gt; schemas are named Page...); anything else is one resource. */
    private static boolean isPage(APIResponse ok) {
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType("application/json") == null) {
            return false;
        }
        Schema schema = ok.getContent().getMediaType("application/json").getSchema();
        return schema != null && schema.getRef() != null && refName(schema.getRef()).startsWith("Page");
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
            Map.entry(406, "not-acceptable: the resource is only available as JSON."),
            Map.entry(409, "duplicate-code, in-use or erased: the change conflicts with other data, named in detail."),
            Map.entry(412, "version-conflict: If-Match does not name the current version; fetch again."),
            Map.entry(413, "payload-too-large: the body is larger than any valid one (256 KiB)."),
            Map.entry(415, "unsupported-media-type: the body has no Content-Type, another than the one accepted here, or a charset other than UTF-8."),
            Map.entry(428, "precondition-required: writes must send If-Match with the last ETag read."),
            Map.entry(414, "uri-too-long: the request target is longer than 8 KiB."),
            Map.entry(429, "rate-limited: too many reads or writes, or too many rejected tokens, from this client in a short time; retry after Retry-After seconds."),
            Map.entry(431, "headers-too-large: the request's header fields are larger than 16 KiB."),
            Map.entry(500, "internal-error: the server failed; the detail carries an error id for support."),
            Map.entry(503, "database-unavailable, database-busy or shutting-down: nothing was changed; retry after Retry-After seconds."));

    /** RFC 7396 bodies: every property optional, nulls remove optional fields; nested objects are patches too. */
    private static void usePatchSchema(Operation operation, Components components) {
        String resource = operation.getOperationId().substring("patch".length());
        String patchName = patchSchema(resource + "Input", components);
        Content content = OASFactory.createContent().addMediaType(MergePatcher.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + patchName)));
        operation.getRequestBody().content(content).required(true);
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
