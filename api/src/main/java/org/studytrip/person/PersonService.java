package org.studytrip.person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.privacy.AccessLog;
import org.studytrip.common.privacy.PersonalDataAccessView;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.common.web.Preconditions.IfMatch;
import org.studytrip.common.web.Sorting;
import org.studytrip.person.PersonInput.ContactDetails;

@ApplicationScoped
public class PersonService extends CrudService<Person, PersonInput, PersonView> {

    private static final Sorting SORTING = Sorting.by("familyName,givenName",
            "familyName", "givenName", "createdAt", "updatedAt");

    static final String ERASED_NAME = "(erased)";

    @Inject
    ProtectedDetailsVault vault;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    ObjectMapper json;

    @Inject
    Event<PersonErased> erasures;

    private static final Set<String> PARTICIPANT_PROTECTED_FIELDS = Set.of("dietaryNotes", "emergencyContact");
    private static final Set<String> PERSON_FIELDS = fieldsOf(PersonInput.class);
    private static final Set<String> PROTECTED_FIELDS = fieldsOf(PersonInput.ProtectedDetails.class);

    /** People by name in any script; public profiles only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicProfile> list(ListParameters list) {
        Criteria criteria = new Criteria()
                .contains(list.text(), "familyName", "givenName", "familyNameNative", "givenNameNative");
        return Page.of(Person.find(criteria.query(), SORTING.parse(list.sort),
                criteria.parameters()), list.pageRequest(), PublicProfile::of);
    }

    /**
     * The protected details of the people, for an organiser's export: each read recorded in the access log, in one
     * statement for all. A person without any has none in the map.
     */
    @Transactional
    public Map<UUID, PersonInput.ProtectedDetails> exportProtectedDetails(List<Person> people) {
        accessLog.protectedReads(people.stream().map(person -> person.id).toList(), AccessLog.EXPORT);
        Map<UUID, PersonInput.ProtectedDetails> details = new HashMap<>();
        for (Person person : people) {
            PersonInput.ProtectedDetails opened = vault.open(person);
            if (opened != null) {
                details.put(person.id, opened);
            }
        }
        return details;
    }

    /** A participant reads only their own record; anyone else's is unknown to them (404), not forbidden. */
    @Override
    @Transactional
    public PersonView get(String id) {
        Person person = find(id);
        accessLog.protectedRead(person.id, AccessLog.READ);
        return toView(person);
    }

    @Override
    protected boolean visible(Person person) {
        return caller.mayRead(person.id);
    }

    /**
     * A participant may change their own contact details, dietary notes and emergency contact, nothing else; an
     * organiser anything.
     */
    @Override
    @Transactional
    public PersonView patch(String id, IfMatch ifMatch, String mergePatch) throws JsonProcessingException {
        if (caller.isParticipantOnly()) {
            find(id);
            List<String> refused = outsideOwnFields(json.readTree(mergePatch));
            if (!refused.isEmpty()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "A participant may change only contact details, "
                        + "dietary notes and emergency contact, not " + String.join(", ", refused) + ".");
            }
        }
        return super.patch(id, ifMatch, mergePatch);
    }

    /**
     * The person's fields a participant's patch would change beyond their own. Names that are no field of a person
     * (server-owned ones such as id or version, unknown ones) are left to the patch itself, which answers 400.
     */
    private static List<String> outsideOwnFields(JsonNode patch) {
        List<String> refused = new ArrayList<>();
        if (!patch.isObject()) {
            return refused;
        }
        patch.fieldNames().forEachRemaining(field -> {
            if (field.equals("protectedDetails") && patch.get(field).isObject()) {
                patch.get(field).fieldNames().forEachRemaining(inner -> {
                    if (PROTECTED_FIELDS.contains(inner) && !PARTICIPANT_PROTECTED_FIELDS.contains(inner)) {
                        refused.add("protectedDetails." + inner);
                    }
                });
            } else if (PERSON_FIELDS.contains(field) && !field.equals("contact")) {
                refused.add(field);
            }
        });
        return refused;
    }

    private static Set<String> fieldsOf(Class<? extends Record> input) {
        return Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    /** Who read the person's protected details (organisers only, by the resource's roles). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonalDataAccessView> accesses(String id, PageRequest page) {
        return accessLog.of(find(id).id, page);
    }

    /**
     * A person whose protected details another feature reads out whole (the export of everything recorded about
     * them): 404 where the caller may not know of them, and the read is logged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person readOutWhole(String id, String how) {
        Person person = find(id);
        accessLog.protectedRead(person.id, how);
        return person;
    }

    /** Feeds are lists: they show the public profile, like the list of people, never contact or protected data. */
    @Override
    protected Object feedView(Person person) {
        return PublicProfile.of(person);
    }

    /** A public profile; the feeds show people only to the roles that may list them, or list the trip's people. */
    @Override
    protected boolean visibleInFeed(Person person) {
        return true;
    }

    public PersonView view(Person person) {
        return toView(person);
    }

    /**
     * Erases a person's data (PIPL art. 47, PIPA art. 36): names, contact and protected details go, the
     * participations stay (anonymous, for programme statistics), as do consent decisions (evidence).
     */
    @Transactional
    public PersonView erase(String id, IfMatch ifMatch) {
        Person person = find(id);
        ifMatch.check(person.version);
        if (person.erasedAt == null) {
            person.familyName = ERASED_NAME;
            person.givenName = ERASED_NAME;
            person.familyNameNative = null;
            person.givenNameNative = null;
            person.email = null;
            person.phone = null;
            person.protectedDetails = null;
            person.erasedAt = Instant.now();
            changeLog.updated(person);
            erasures.fire(new PersonErased(person.id));
        }
        return toView(person);
    }

    @Override
    protected void checkRules(PersonInput input, Person existing) {
        if (existing != null && existing.erasedAt != null) {
            throw new ProblemException(ProblemType.ERASED, "The data of " + describe(existing)
                    + " was erased; record the person anew if they return.");
        }
    }

    @Override
    protected String describe(Person person) {
        return "person " + person.id;
    }

    @Override
    protected void apply(PersonInput input, Person person) {
        person.familyName = input.familyName();
        person.givenName = input.givenName();
        person.familyNameNative = input.familyNameNative();
        person.givenNameNative = input.givenNameNative();
        person.languages = input.languages() == null ? new ArrayList<>() : new ArrayList<>(input.languages());
        ContactDetails contact = input.contact() == null ? new ContactDetails(null, null) : input.contact();
        person.email = contact.email();
        person.phone = contact.phone();
        person.protectedDetails = vault.seal(input.protectedDetails());
    }

    @Override
    protected PersonInput toInput(Person person) {
        PersonView view = toView(person);
        return new PersonInput(view.familyName(), view.givenName(), view.familyNameNative(), view.givenNameNative(),
                view.languages(), view.contact(), view.protectedDetails());
    }

    @Override
    protected PersonView toView(Person person) {
        return PersonView.of(person, vault.open(person));
    }
}
