package org.studytrip.attendance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a delegate was at a session; present and late count as attended. */
public enum AttendanceStatus {
    @JsonProperty("present") PRESENT,
    @JsonProperty("late") LATE,
    @JsonProperty("absent") ABSENT,
    @JsonProperty("excused") EXCUSED;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
