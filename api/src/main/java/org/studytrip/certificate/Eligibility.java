package org.studytrip.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.studytrip.attendance.AttendanceStatus;
import org.studytrip.certificate.EligibilityView.SessionRecord;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.participant.Participant;
import org.studytrip.person.PublicProfile;
import org.studytrip.session.Session;
import org.studytrip.session.SessionStatus;
import org.studytrip.trip.Trip;

/**
 * The certificate rule applied to one delegate: of the trip's sessions of the rule's types (cancelled ones aside),
 * the share attended (present or late) must reach the rule's minimum, compared in whole numbers so that exactly 80 %
 * is 80 %; and every mandatory session must be attended.
 */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * @param sessions the trip's sessions, in time order
     * @param marks    the delegate's attendance by session id
     */
    static EligibilityView of(Trip trip, List<Session> sessions, Participant delegate,
            Map<UUID, AttendanceStatus> marks) {
        ZoneId zone = trip.zone();
        List<SessionRecord> shown = new ArrayList<>();
        List<SessionRecord> missingMandatory = new ArrayList<>();
        int counted = 0;
        int attended = 0;
        long minutes = 0;
        for (Session session : sessions) {
            boolean counts = trip.certificateSessionTypes.contains(ApiEnums.apiValue(session.type));
            if (session.status == SessionStatus.CANCELLED || !counts && !session.mandatory) {
                continue;
            }
            AttendanceStatus status = marks.get(session.id);
            boolean wasThere = status != null && status.attended();
            SessionRecord record = new SessionRecord(session.id, session.title, session.type,
                    session.startsAt.atZone(zone).toOffsetDateTime(), session.endsAt.atZone(zone).toOffsetDateTime(),
                    session.mandatory, counts, status);
            shown.add(record);
            if (counts) {
                counted++;
                attended += wasThere ? 1 : 0;
            }
            if (wasThere) {
                minutes += Duration.between(session.startsAt, session.endsAt).toMinutes();
            } else if (session.mandatory) {
                missingMandatory.add(record);
            }
        }
        boolean shareReached = counted > 0 && attended * 100L >= (long) trip.certificateMinimumShare * counted;
        Double share = counted == 0 ? null : BigDecimal.valueOf(attended * 100L)
                .divide(BigDecimal.valueOf(counted), 1, RoundingMode.FLOOR).doubleValue();
        return new EligibilityView(delegate.id, PublicProfile.of(delegate.person),
                shareReached && missingMandatory.isEmpty(), attended, counted, share, trip.certificateMinimumShare,
                missingMandatory, minutes, shown);
    }
}
