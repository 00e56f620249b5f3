package org.studytrip.common.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hibernate.Hibernate;
import org.studytrip.common.persistence.VersionedEntity;

/**
 * The ETag of a representation built from many rows (an itinerary, a trip's delegations): a digest of the type,
 * id and version of every row it shows, so it changes whenever any of them does, and only then.
 */
public final class AggregateTag {

    private final MessageDigest digest;

    public AggregateTag() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Adds a row (null is skipped); the order of additions matters, so add rows in the order they are shown. */
    public AggregateTag add(VersionedEntity entity) {
        if (entity != null) {
            String part = Hibernate.getClass(entity).getSimpleName() + ":" + entity.id + ":" + entity.version + ";";
            digest.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Adds a derived value the representation shows (a count), for what no row version captures. */
    public AggregateTag add(String value) {
        digest.update((value + ";").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String value() {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
