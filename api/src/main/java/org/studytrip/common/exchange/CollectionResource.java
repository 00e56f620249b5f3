package org.studytrip.common.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.VersionedView;

/** A top-level collection: the standard exchange of its items, and creation by POST to the collection. */
public abstract class CollectionResource<I, V extends VersionedView, S extends CrudService<?, I, V>>
        extends ItemResource<I, V, S> {

    @POST
    @Idempotent
    @RolesAllowed(Roles.ORGANISER)
    @Kind(OperationKind.CREATE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create {a noun}", description = "The server assigns the id{code rule}. Answers 201 with "
            + "Location and ETag.")
    public RestResponse<V> create(@NotNull @Valid I body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(body));
    }
}
