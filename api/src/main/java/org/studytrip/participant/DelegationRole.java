package org.studytrip.participant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's part in one trip. */
public enum DelegationRole {
    @JsonProperty("head-of-delegation") HEAD_OF_DELEGATION,
    @JsonProperty("member") MEMBER,
    @JsonProperty("interpreter") INTERPRETER,
    @JsonProperty("secretariat-staff") SECRETARIAT_STAFF,
    @JsonProperty("host-staff") HOST_STAFF
}
