package org.studytrip.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

/**
 * What changed since a client last asked, read from the change log: for a phone that holds a trip's programme, and
 * for a partner that mirrors all programme data.
 */
@Path("/api/v1/changes")
@Tag(name = "Changes", description = "Change feeds: every create, update and delete in sequence order, with the "
        + "record as it is now or a tombstone. Hold a copy in sync by reading the full resources once, then following "
        + "the feed with the next cursor of each page.")
public class ChangeFeedResource {

    static final String PAGING = " Entries come in sequence order with the record as the caller may see it "
            + "now (a tombstone, without data, once deleted); a record changed several times within a page appears "
            + "once. Send next as after to go on; more says whether to ask again at once. A change is never skipped, "
            + "even one whose transaction committed late. Changes are kept for a limited time (90 days by default): "
            + "an older cursor gets 410, and the copy must be read again in full. With If-None-Match, 304 while "
            + "nothing was written.";

    @Inject
    ChangeFeedService feed;

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER})
    @Kind(OperationKind.FEED)
    @Operation(summary = "List all changes", description = "Every trip's and every catalogue's records (draft "
            + "trips for organisers only), participants and people as public profiles, for partners who mirror the "
            + "programme." + PAGING)
    public RestResponse<ChangePage> listChanges(@BeanParam FeedParameters parameters,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        ChangeFeedService.Position position = feed.ofAll(parameters);
        return Responses.read(ifNoneMatch, position.etag(), () -> feed.page(position));
    }
}
