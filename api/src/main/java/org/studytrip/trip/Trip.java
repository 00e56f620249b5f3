package org.studytrip.trip;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.persistence.BinaryIds;
import org.studytrip.common.persistence.TextListConverter;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.Organisation;
import org.studytrip.topic.Topic;

/** An edition of the programme: a week in a host country, organised by a secretariat, joined by sending bodies. */
@Entity
@Table(name = "trip")
public class Trip extends VersionedEntity {

    public String code;

    public LocalizedText title;

    public LocalizedDescription summary;

    public String hostCountry;

    /** The zone every session time of the trip is shown in. */
    public String timeZone;

    public LocalDate startDate;

    public LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organiser;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public TripStatus status;

    @ManyToMany
    @JoinTable(name = "trip_topic", joinColumns = @JoinColumn(name = "trip_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("code")
    public Set<Topic> topics = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "trip_sending_organisation", joinColumns = @JoinColumn(name = "trip_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("code")
    public Set<Organisation> sendingOrganisations = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    public Trip previousEdition;

    public LocalizedDescription policyFramework;

    /**
     * The certificate rule (its own resource, written by the certificate feature): attended at least this percentage
     * of the sessions of {@link #certificateSessionTypes}, cancelled ones aside, and every mandatory session.
     */
    public int certificateMinimumShare = 80;

    /** Session types, as the API names them (lecture, site-visit). */
    @Convert(converter = TextListConverter.class)
    public List<String> certificateSessionTypes = new ArrayList<>(List.of("lecture", "dialogue", "site-visit", "workshop"));

    public void setTopics(Set<Topic> wanted) {
        changeTo(topics, wanted);
    }

    public void setSendingOrganisations(Set<Organisation> wanted) {
        changeTo(sendingOrganisations, wanted);
    }

    @Override
    public UUID tripId() {
        return id;
    }

    /** The zone session times are shown in; UTC until the trip has one (sessions need one to be added). */
    public ZoneId zone() {
        return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
    }

    /**
     * The published editions of the programme this trip belongs to, oldest first: the trip and those linked to it
     * through {@code previousEdition}, backwards and forwards, found in two statements however long the series.
     */
    public static List<Trip> publishedEditions(Trip trip) {
        @SuppressWarnings("unchecked")
        List<byte[]> ids = Panache.getEntityManager().createNativeQuery("""
                with recursive earlier (id, previous_edition_id, depth) as (
                    select id, previous_edition_id, 0 from trip where id = ?1
                    union all
                    select t.id, t.previous_edition_id, e.depth + 1 from trip t join earlier e on t.id = e.previous_edition_id
                    where e.depth < 100),
                later (id, depth) as (
                    select id, 0 from trip where id = ?1
                    union all
                    select t.id, l.depth + 1 from trip t join later l on t.previous_edition_id = l.id where l.depth < 100)
                select id from earlier union select id from later""")
                .setParameter(1, BinaryIds.bytes(trip.id))
                .getResultList();
        return Trip.list("id in ?1 and status <> ?2 order by startDate, code",
                ids.stream().map(BinaryIds::uuid).toList(), TripStatus.DRAFT);
    }

    /** The trip a nested path names ({@code /trips/{tripId}/...}); 404 when there is none. */
    public static Trip require(String tripId) {
        return CrudService.require(Trip.class, tripId, "trip");
    }
}
