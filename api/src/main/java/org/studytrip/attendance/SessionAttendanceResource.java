package org.studytrip.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.attendance.SessionAttendanceView.DelegateMark;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

/** A session's attendance: marked by organisers, or by delegates checking in with the session's QR code. */
@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Attendance", description = "Who attended which session: present, late, absent or excused. Personal "
        + "data: organisers see every mark, a delegate their own, partners the counts.")
@PersonalData
public class SessionAttendanceResource {

    private final AttendanceService service;

    SessionAttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @GET
    @Path("attendance")
    @Kind(value = OperationKind.READ, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(summary = "Get a session's attendance", description = "The counts; for organisers every delegate "
            + "(head of delegation or member) by family name with their mark or none, the list to mark from; for a "
            + "delegate their own mark.")
    public RestResponse<SessionAttendanceView> getSessionAttendance(@RestPath String sessionId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.attendance(sessionId));
    }

    @POST
    @Path("attendance")
    @Idempotent
    @Kind(value = OperationKind.SUBMIT, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record attendance marks", description = "Marks made on a phone, maybe offline and sent "
            + "later together with an Idempotency-Key (sent again with the same key, they are recorded once). All "
            + "are recorded or none; per delegate the latest mark by markedAt wins. Answers the session's attendance "
            + "as it then is. 409 for a cancelled session.")
    public RestResponse<SessionAttendanceView> recordAttendance(@RestPath String sessionId,
            @NotNull @Valid AttendanceMarksInput body) {
        return RestResponse.ok(service.record(sessionId, body));
    }

    @GET
    @Path("check-in-code")
    @Kind(value = OperationKind.READ, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Get a session's check-in code", description = "What to show as a QR code at the session: "
            + "the web app's check-in page with the session's code, and when check-in is open.")
    public RestResponse<CheckInCodeView> getCheckInCode(@RestPath String sessionId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.checkInCode(sessionId));
    }

    @POST
    @Path("check-ins")
    @Idempotent
    @Kind(value = OperationKind.SUBMIT, belowParent = true)
    @RolesAllowed(Roles.PARTICIPANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check in to a session", description = "A delegate of the session's trip, with the code of "
            + "the QR code shown at the session, from 30 minutes before it starts until it ends (409 otherwise): "
            + "present, or late more than 10 minutes after the start. Answers the delegate's own mark.")
    public RestResponse<DelegateMark> checkIn(@RestPath String sessionId, @NotNull @Valid CheckInInput body) {
        return RestResponse.ok(service.checkIn(sessionId, body));
    }
}
