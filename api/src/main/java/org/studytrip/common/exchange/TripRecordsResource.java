package org.studytrip.common.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.crud.TripRecords;
import org.studytrip.common.crud.TypeArguments;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.QueryBinding;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.VersionedView;

/**
 * A trip's records as a collection (its sessions, its participants), written once: the list, narrowed by the
 * filter {@code F} as in {@link CatalogueResource}, and creation, answered with the record's own address at the
 * {@link Exchange#items() items} resource. The wording of creation is the {@link Exchange#creation()} of the class.
 */
public abstract class TripRecordsResource<I, V extends VersionedView, S extends TripRecords<I, V, F>,
        F extends PageParameters> {

    /** The subclass's service: the container resolves {@code S} from the class that extends this one. */
    @Inject
    protected S service;
    private final Class<?> filterType = TypeArguments.of(getClass(), TripRecordsResource.class, 3);
    private final String itemsPath = itemsPath(getClass());

    /** The path of the resource where each record lives, as the class's {@code @Exchange(items = ...)} names it. */
    private static String itemsPath(Class<?> resource) {
        Path path = ItemResource.exchangeOf(resource).items().getAnnotation(Path.class);
        if (path == null) {
            throw new IllegalStateException(resource.getName() + " must name the resource its records live at: "
                    + "@Exchange(items = ...)");
        }
        return path.value();
    }

    @GET
    @Kind(value = OperationKind.LIST, belowParent = true)
    @PermitAll
    @Operation(summary = "List a trip's {nouns}", description = "{the filter's @ListDescription}")
    public RestResponse<Page<V>> list(@RestPath String tripId, @Context UriInfo uriInfo) {
        @SuppressWarnings("unchecked")
        F filter = (F) QueryBinding.bind(filterType, uriInfo.getQueryParameters());
        return Responses.page(uriInfo, service.list(tripId, filter));
    }

    @POST
    @Idempotent
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add {a noun} to a trip", description = "{creation}")
    public RestResponse<V> create(@RestPath String tripId, @NotNull @Valid I body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, itemsPath, service.create(tripId, body));
    }
}
