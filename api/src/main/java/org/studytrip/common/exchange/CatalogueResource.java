package org.studytrip.common.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
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
public abstract class CatalogueResource<I, V extends VersionedView, S extends CrudService<?, I, V> & Listing<F, V>,
        F extends PageParameters> extends CollectionResource<I, V, S> {

    private final Class<?> filterType = filterOf(getClass());

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List {nouns}", description = "{the filter's @ListDescription}")
    public RestResponse<Page<V>> list(@Context UriInfo uriInfo) {
        @SuppressWarnings("unchecked")
        F filter = (F) QueryBinding.bind(filterType, uriInfo.getQueryParameters());
        return Responses.page(uriInfo, service.list(filter));
    }

    /** The filter a catalogue resource class names, also through the subclasses the framework may make of it. */
    public static Class<?> filterOf(Class<?> resource) {
        for (Type type = resource; type instanceof Class<?> current; type = current.getGenericSuperclass()) {
            if (current.getGenericSuperclass() instanceof ParameterizedType base
                    && base.getRawType() == CatalogueResource.class) {
                return (Class<?>) base.getActualTypeArguments()[3];
            }
        }
        throw new IllegalStateException(resource.getName() + " is no catalogue resource");
    }
}
