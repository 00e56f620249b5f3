package org.studytrip.common.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** The success responses of the API: ETags on single resources, Location on creation, Link headers on pages. */
public final class Responses {

    /** Public programme data may be stored by browsers and proxies, but is revalidated (cheaply, by ETag) each time. */
    static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private Responses() {
    }

    /** 200 with the view and its ETag, or 304 when {@code If-None-Match} already names this version. */
    public static <V extends VersionedView> RestResponse<V> read(String ifNoneMatch, V view) {
        return read(ifNoneMatch, view, Long.toString(view.version()));
    }

    /** 200 with an aggregate representation and its ETag (see {@link AggregateTag}), or 304 when unchanged. */
    public static <T> RestResponse<T> read(String ifNoneMatch, Tagged<T> tagged) {
        return read(ifNoneMatch, tagged.body(), tagged.etag());
    }

    private static <T> RestResponse<T> read(String ifNoneMatch, T body, String tag) {
        return read(ifNoneMatch, tag, () -> body);
    }

    /** 200 with what {@code body} builds and the ETag known beforehand, or 304 without building it when unchanged. */
    public static <T> RestResponse<T> read(String ifNoneMatch, String tag, Supplier<T> body) {
        EntityTag entityTag = new EntityTag(tag);
        if (Preconditions.matchesNoneMatch(ifNoneMatch, entityTag)) {
            return ResponseBuilder.<T>notModified(entityTag).cacheControl(REVALIDATE).build();
        }
        return ResponseBuilder.ok(body.get()).tag(entityTag).cacheControl(REVALIDATE).build();
    }

    /** 200 after PUT or PATCH, with the new ETag. */
    public static <V extends VersionedView> RestResponse<V> written(V view) {
        return ResponseBuilder.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    /** 201 with the new resource, its Location (below the collection it was posted to) and ETag. */
    public static <V extends VersionedView> RestResponse<V> created(UriInfo uriInfo, V view) {
        return created(uriInfo.getAbsolutePathBuilder().path(view.id().toString()).build(), view);
    }

    /** 201 for an item posted to a nested collection but addressed flat, e.g. /api/v1/sessions/{id}. */
    public static <V extends VersionedView> RestResponse<V> created(UriInfo uriInfo, String itemsPath, V view) {
        return created(uriInfo.getBaseUriBuilder().path(itemsPath).path(view.id().toString()).build(), view);
    }

    private static <V extends VersionedView> RestResponse<V> created(URI location, V view) {
        return ResponseBuilder.<V>created(location)
                .entity(view)
                .tag(Preconditions.etag(view.version()))
                .build();
    }

    public static RestResponse<Void> deleted() {
        return RestResponse.noContent();
    }

    /** 200 with the page and RFC 8288 {@code Link} headers (first, prev, next, last) that keep the filters. */
    public static <T> RestResponse<Page<T>> page(UriInfo uriInfo, Page<T> page) {
        ResponseBuilder<Page<T>> response = ResponseBuilder.ok(page).cacheControl(REVALIDATE);
        int last = Math.max(0, page.totalPages() - 1);
        for (var link : List.of(
                new PageLink("first", 0, true),
                new PageLink("prev", Math.min(page.page() - 1, last), page.page() > 0),
                new PageLink("next", page.page() + 1, page.page() < last),
                new PageLink("last", last, true))) {
            if (link.present()) {
                response.link(uriInfo.getRequestUriBuilder()
                        .replaceQueryParam("page", link.page())
                        .replaceQueryParam("size", page.size())
                        .build(), link.rel());
            }
        }
        return response.build();
    }

    private record PageLink(String rel, int page, boolean present) {
    }
}
