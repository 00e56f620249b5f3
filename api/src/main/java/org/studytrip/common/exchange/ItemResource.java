package org.studytrip.common.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.QueryValues;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.VersionedView;

/**
 * The standard exchange of one record at {@code {path}/{id}}, written once: read (ETag, 304), replace and merge
 * patch (If-Match, 412/428), delete (409 naming what still refers to it). A resource class extends it and keeps only
 * its path, tag, list and extra operations; {@link CollectionResource} adds creation. By default anyone reads and
 * organisers write; a resource with other rules overrides the operation with its roles and {@code super}'s body.
 * The contract's wording names the record through the {@link Exchange} of the resource class, which also says
 * whether a delete may cascade (elsewhere the parameter is not read, as if it were not sent).
 *
 * @param <I> the record accepted from clients
 * @param <V> the record returned
 * @param <S> the resource's service, for its own operations
 */
public abstract class ItemResource<I, V extends VersionedView, S extends CrudService<?, I, V>> {

    /** The subclass's service: the container resolves {@code S} from the class that extends this one. */
    @Inject
    protected S service;
    private final boolean cascades = !exchangeOf(getClass()).cascade().isEmpty();

    /** The {@link Exchange} a resource class says, also through the subclasses the framework may make of it. */
    public static Exchange exchangeOf(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            if (candidate.isAnnotationPresent(Exchange.class)) {
                return candidate.getAnnotation(Exchange.class);
            }
        }
        throw new IllegalStateException(type.getName() + " has the standard exchange but says no @Exchange");
    }

    @GET
    @Kind(Kind.OperationKind.READ)
    @PermitAll
    @Path("{id}")
    @Operation(summary = "Get {a noun}", description = "Answers with an ETag; send it back as If-None-Match to get 304 "
            + "when nothing changed, or as If-Match to change the {noun}.")
    public RestResponse<V> get(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @PUT
    @Kind(Kind.OperationKind.REPLACE)
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace {a noun}", description = "Replaces every field; omitted optional fields are removed. "
            + "Requires If-Match with the current ETag.")
    public RestResponse<V> update(@RestPath String id, @RestHeader("If-Match") String ifMatch, @NotNull @Valid I body) {
        return Responses.written(service.replace(id, Preconditions.ifMatch(ifMatch), body));
    }

    @PATCH
    @Kind(Kind.OperationKind.PATCH)
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MergePatcher.MEDIA_TYPE)
    @Operation(summary = "Change some fields of {a noun} (JSON Merge Patch)", description = "RFC 7396: send only what "
            + "changes, null removes an optional field; the result is checked like a replacement. Requires If-Match.")
    public RestResponse<V> patch(@RestPath String id, @RestHeader("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        return Responses.written(service.patch(id, Preconditions.ifMatch(ifMatch), body));
    }

    @DELETE
    @Kind(Kind.OperationKind.DELETE)
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Operation(summary = "Delete {a noun}", description = "Requires If-Match. {onDelete}")
    public RestResponse<Void> delete(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(hidden = true) String cascade) {
        service.delete(id, Preconditions.ifMatch(ifMatch), cascades && QueryValues.bool("cascade", cascade));
        return Responses.deleted();
    }
}
