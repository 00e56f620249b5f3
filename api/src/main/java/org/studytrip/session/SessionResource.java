package org.studytrip.session;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.ItemResource;

@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "The programme of a trip: lectures, dialogues, site visits and the rest, "
        + "with times in the trip's zone.")
@Exchange(noun = "session", onDelete = "To tell delegates that a session will not take place, set its status to cancelled instead.")
public class SessionResource extends ItemResource<SessionInput, SessionView, SessionService> {
}
