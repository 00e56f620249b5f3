package org.studytrip.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.TripRecords;
import org.studytrip.common.crud.References;
import org.studytrip.common.problem.Problem.FieldError;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;
import org.studytrip.organisation.Organisation;
import org.studytrip.person.Person;
import org.studytrip.person.PersonService;
import org.studytrip.person.ProtectedDetailsVault;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

@ApplicationScoped
public class ParticipantService extends CrudService<Participant, ParticipantInput, ParticipantView>
        implements TripRecords<ParticipantInput, ParticipantView, ParticipantFilter> {

    @Inject
    ParticipantVisibility tripPeople;

    @Inject
    Caller caller;

    @Inject
    TripAccess trips;

    @Inject
    ProtectedDetailsVault vault;

    private static final Sorting SORTING = Sorting.by("familyName",
            "familyName:person.familyName", "position:position.en", "role", "createdAt", "updatedAt");

    @Inject
    PersonService people;

    ParticipantService() {
        // A participation is one person's part in one trip: their consents hang below it and stay theirs.
        fixedAfterCreation("personId", ParticipantInput::personId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParticipantView> list(String tripId, ParticipantFilter filter) {
        Criteria criteria = new Criteria()
                .equal("trip", tripPeople.peopleOf(tripId))
                .equal("organisation.id", filter.organisation())
                .equal("organisation.city.code", filter.city)
                .equal("role", filter.role())
                .contains(filter.text(), "person.familyName", "person.givenName", "person.familyNameNative",
                        "person.givenNameNative");
        return Page.of(Participant.find(criteria.query(), SORTING.parse(filter.sort),
                criteria.parameters()), filter.pageRequest(), this::listed);
    }

    /** In lists organisers see each passport number masked; everyone else the public profile only. */
    private Function<Person, String> passportMask() {
        return caller.isOrganiser() ? vault::maskedPassport : person -> null;
    }

    private ParticipantView listed(Participant participant) {
        return ParticipantView.of(participant, passportMask().apply(participant.person), visibility);
    }

    /** Every participant of a trip with person, organisation and city, in one statement. */
    public static List<Participant> ofTrip(Trip trip) {
        return Participant.<Participant>find("select p from Participant p join fetch p.person "
                + "left join fetch p.organisation o left join fetch o.city where p.trip = ?1", trip).list();
    }

    /** The trip's delegations: trip lookup and one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DelegationsView delegations(String tripId) {
        Trip trip = tripPeople.peopleOf(tripId);
        return DelegationsView.of(trip.id, ofTrip(trip), passportMask(), visibility);
    }

    /**
     * The delegations' ETag without reading them: the programme's version, in one statement (a participant's own
     * trips are one more), for the view the caller gets (organisers also see masked passport numbers).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String delegationsTag(String tripId) {
        long version = trips.programmeVersion(tripId);
        UUID trip = CrudService.parseId(tripId);
        if (!tripPeople.maySeePeopleOf(trip)) {
            throw ProblemException.notFound("trip", tripId);
        }
        return TripAccess.programmeTag(caller.isOrganiser() ? "delegations-organiser" : "delegations", trip, version);
    }

    /** Adds a person to a trip: an existing one by id, or a new one recorded in the same transaction. */
    @Override
    @Transactional
    public ParticipantView create(String tripId, ParticipantInput input) {
        Trip trip = Trip.require(tripId);
        if ((input.personId() == null) == (input.person() == null)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Name an existing person or record a new one.",
                    List.of(new FieldError("personId", "one-of", "give either personId or person, not both or neither")));
        }
        UUID personId = input.personId() != null ? input.personId() : people.create(input.person()).id();
        ParticipantInput byId = new ParticipantInput(personId, null, input.role(), input.position(), input.organisationId());
        return create(byId, participant -> participant.trip = trip);
    }

    @Override
    protected void checkRules(ParticipantInput input, Participant existing) {
        if (existing != null && input.person() != null) {
            throw ProblemException.invalidField("person", "not-allowed",
                    "a participation's person is changed at /api/v1/people/{id}; give personId here");
        }
        if (input.personId() == null) {
            throw ProblemException.invalidField("personId", "required", "names the person taking part");
        }
    }

    @Override
    protected String describe(Participant participant) {
        return "participant " + participant.id;
    }

    @Override
    protected void apply(ParticipantInput input, Participant participant) {
        Person person = References.reference(input.personId(), Person.class);
        boolean taken = Participant.count("trip = ?1 and person = ?2 and id <> ?3", participant.trip, person,
                participant.id == null ? new UUID(0, 0) : participant.id) > 0;
        if (taken) {
            throw new ProblemException(ProblemType.DUPLICATE_CODE, "This person already takes part in the trip.",
                    List.of(new FieldError("personId", "duplicate", "already takes part in this trip")));
        }
        participant.person = person;
        participant.role = input.role();
        participant.position = input.position();
        participant.organisation = References.reference(input.organisationId(), Organisation.class);
    }

    @Override
    protected ParticipantInput toInput(Participant participant) {
        return new ParticipantInput(participant.person.id, null, participant.role, participant.position,
                participant.organisation == null ? null : participant.organisation.id);
    }

    @Override
    protected ParticipantView toView(Participant participant) {
        return ParticipantView.of(participant, visibility);
    }
}
