package org.studytrip.programme.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.participant.Participant;

/** A participant's calendar feed: the secret URL a calendar app polls, kept only as the SHA-256 of its secret. */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;

    @Column(columnDefinition = "binary(32)")
    public byte[] secretHash;
}
