package org.studytrip.certificate;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;
import org.studytrip.participant.Participant;
import org.studytrip.trip.Trip;

/**
 * An issued certificate must stay verifiable: neither its participation nor its trip is deleted from under it (409),
 * not even with the trip's cascade. A certificate issued in error is revoked instead.
 */
public class CertificateReferences {

    @Produces
    @Singleton
    ReferenceCheck<Participant> toParticipations() {
        return ReferenceCheck.of(Participant.class, participant -> ReferenceCheck.counted(
                Certificate.count("participant", participant), Referrer.Type.CERTIFICATE));
    }

    @Produces
    @Singleton
    ReferenceCheck<Trip> toTrips() {
        return ReferenceCheck.of(Trip.class, trip -> ReferenceCheck.counted(
                Certificate.count("participant.trip", trip), Referrer.Type.CERTIFICATE));
    }
}
