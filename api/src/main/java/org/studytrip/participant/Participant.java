package org.studytrip.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.Organisation;
import org.studytrip.person.Person;
import org.studytrip.trip.Trip;

/** A person's part in one trip: role, and position and sending organisation at the time. */
@Entity
@Table(name = "participant")
public class Participant extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Trip trip;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public DelegationRole role;

    public LocalizedText position;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    @Override
    public UUID tripId() {
        return trip.id;
    }

    /** The trip's delegates (heads of delegation and members) with their people, by family name: one statement. */
    public static List<Participant> delegatesOf(Trip trip) {
        return list("from Participant p join fetch p.person where p.trip = ?1 and p.role in ?2 "
                + "order by p.person.familyName, p.person.givenName, p.id", trip, DelegationRole.DELEGATES);
    }

    /** The participation a nested path names ({@code /participants/{participantId}/...}); 404 when there is none. */
    public static Participant require(String participantId) {
        return CrudService.require(Participant.class, participantId, "participant");
    }
}
