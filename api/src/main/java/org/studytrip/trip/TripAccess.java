package org.studytrip.trip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.common.access.VisibilityRule;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.security.Caller;

/** Draft trips are invisible to everyone but organisers: unknown (404), not forbidden, to all others. */
@ApplicationScoped
public class TripAccess {

    private final Caller caller;

    TripAccess(Caller caller) {
        this.caller = caller;
    }

    /** The trip whose programme is asked for, or 404 when it is unknown or a draft the caller may not see. */
    public Trip programme(String tripId) {
        Trip trip = Trip.require(tripId);
        if (!maySee(trip)) {
            throw ProblemException.notFound("trip", tripId);
        }
        return trip;
    }

    /** The rule that hides drafts wherever they are met, read directly or referred to (an earlier edition). */
    @Produces
    @Singleton
    VisibilityRule<Trip> drafts() {
        return VisibilityRule.of(Trip.class, this::maySee);
    }

    public boolean maySee(Trip trip) {
        return trip.status != TripStatus.DRAFT || caller.isOrganiser();
    }

    public boolean seesDrafts() {
        return caller.isOrganiser();
    }
}
