package org.studytrip.common.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.crud.CatalogueService;
import org.studytrip.common.crud.TypeArguments;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.QueryBinding;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.VersionedView;

/**
 * A top-level collection that anyone may list, narrowed by a filter of its own: the list written once. Its query
 * parameters are the filter's fields, bound by {@link QueryBinding} and put in the contract from the same fields,
 * with the filter's {@code @ListDescription}.
 *
 * @param <F> the filter, whose text fields marked {@code @RestQuery} are the list's query parameters
 */
public abstract class CatalogueResource<I, V extends VersionedView, S extends CatalogueService<?, I, V>,
        F extends CatalogueFilter> extends CollectionResource<I, V, S> {

    private final Class<? extends CatalogueFilter> filterType =
            TypeArguments.of(getClass(), CatalogueResource.class, 3).asSubclass(CatalogueFilter.class);

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List {nouns}", description = "{the filter's @ListDescription}")
    public RestResponse<Page<V>> list(@Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(QueryBinding.bind(filterType, uriInfo.getQueryParameters())));
    }
}
