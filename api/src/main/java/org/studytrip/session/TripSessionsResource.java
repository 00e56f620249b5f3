package org.studytrip.session;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.TripRecordsResource;

/** A trip's sessions as a collection; each session then lives at /api/v1/sessions/{id} ({@link SessionResource}). */
@Path("/api/v1/trips/{tripId}/sessions")
@Tag(name = "Sessions")
@Exchange(noun = "session", plural = "sessions", items = SessionResource.class,
        creation = "Times may carry any offset; they must lie within the trip's days in its zone. Answers 201 "
        + "with the session's own address (/api/v1/sessions/{id}).")
public class TripSessionsResource extends TripRecordsResource<SessionInput, SessionView, SessionService, SessionFilter> {
}
