package org.studytrip.webhook;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.studytrip.common.crud.Labelled;
import org.studytrip.common.persistence.TextListConverter;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.organisation.Organisation;
import org.studytrip.trip.Trip;

/** Where a partner organisation wants to be told of changes, and which ones. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation organisation;

    public String url;

    /** {@code session.created}, {@code trip.updated}: the record type and what happened to it. */
    @Convert(converter = TextListConverter.class)
    public List<String> eventTypes = new ArrayList<>();

    /** The trips whose changes are sent; none: every trip's, and the shared records'. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "webhook_subscription_trip", joinColumns = @JoinColumn(name = "subscription_id"),
            inverseJoinColumns = @JoinColumn(name = "trip_id"))
    public Set<Trip> trips = new LinkedHashSet<>();

    public String description;

    public String secretSealed;

    /** Set when too many deliveries in a row failed (or an organiser paused it); nothing is sent meanwhile. */
    public Instant disabledAt;

    public String disabledReason;

    public int consecutiveFailures;

    /** The secret in clear, only in the request that made it: shown once, in the answer to the creation. */
    @Transient
    String newSecret;

    public void setTrips(Set<Trip> wanted) {
        changeTo(trips, wanted);
    }

    @Override
    public String label() {
        return url;
    }
}
