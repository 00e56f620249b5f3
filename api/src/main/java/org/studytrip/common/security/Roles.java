package org.studytrip.common.security;

/** The roles of DESIGN.md's tier table; a token names them in its groups claim. */
public final class Roles {

    /** Everything: prepares trips, reads and changes all records. */
    public static final String ORGANISER = "organiser";
    /** Partner agencies: programme data, delegations and public profiles; read-only. */
    public static final String PARTNER = "partner";
    /** A delegate, bound to one person: their trips' programme and fellow delegates, their own full record. */
    public static final String PARTICIPANT = "participant";

    private Roles() {
    }
}
