package org.studytrip.attendance;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;
import org.studytrip.session.Session;

/**
 * A session with attendance marks is not deleted from under them (409): what happened stays recorded; a session that
 * will not take place is cancelled instead. Marks go with a participation, and with a trip deleted with its sessions.
 */
public class AttendanceReferences {

    @Produces
    @Singleton
    ReferenceCheck<Session> toSessions() {
        return ReferenceCheck.of(Session.class, session -> ReferenceCheck.counted(Attendance.count("session", session),
                Referrer.Type.ATTENDANCE_MARK));
    }
}
