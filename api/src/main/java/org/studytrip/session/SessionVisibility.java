package org.studytrip.session;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.common.access.VisibilityRule;
import org.studytrip.trip.TripAccess;

/** A session is known to whoever may know of its trip: the sessions of a draft are hidden with it. */
public class SessionVisibility {

    @Produces
    @Singleton
    VisibilityRule<Session> sessionsOfVisibleTrips(TripAccess trips) {
        return VisibilityRule.of(Session.class, session -> trips.maySee(session.trip));
    }
}
