package org.studytrip.participant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A person's part in one trip. */
public enum DelegationRole {
    @JsonProperty("head-of-delegation") HEAD_OF_DELEGATION,
    @JsonProperty("member") MEMBER,
    @JsonProperty("interpreter") INTERPRETER,
    @JsonProperty("secretariat-staff") SECRETARIAT_STAFF,
    @JsonProperty("host-staff") HOST_STAFF;

    /** The delegation itself, whose attendance is kept and who may earn a certificate: not its staff. */
    public static final Set<DelegationRole> DELEGATES = Collections.unmodifiableSet(EnumSet.of(HEAD_OF_DELEGATION, MEMBER));
}
