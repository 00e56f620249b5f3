package org.studytrip.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Map;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.common.web.Sorting;
import org.studytrip.participant.PersonInput.ContactDetails;
import org.studytrip.participant.PersonInput.ProtectedDetails;

@ApplicationScoped
public class PersonService extends CrudService<Person, PersonInput, PersonView> {

    static final Map<String, String> SORTABLE = Map.of(
            "familyName", "familyName",
            "givenName", "givenName",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    PersonService() {
        super(Person.class, PersonInput.class, "person");
    }

    /** People by name in any script; public profiles only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicProfile> list(String q, PageRequest page, String sort) {
        Criteria criteria = new Criteria()
                .contains(q, "familyName", "givenName", "familyNameNative", "givenNameNative");
        return Page.of(Person.find(criteria.query(), Sorting.parse(sort, "familyName,givenName", SORTABLE),
                criteria.parameters()), page, PublicProfile::of);
    }

    @Override
    protected String describe(Person person) {
        return "person " + person.id;
    }

    @Override
    protected Person newEntity() {
        return new Person();
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
        ProtectedDetails details = input.protectedDetails() == null
                ? new ProtectedDetails(null, null, null, null, null) : input.protectedDetails();
        person.passportNumber = details.passportNumber();
        person.dateOfBirth = details.dateOfBirth();
        person.dietaryNotes = details.dietaryNotes();
        person.medicalNotes = details.medicalNotes();
        person.emergencyContact = details.emergencyContact();
    }

    @Override
    protected PersonInput toInput(Person person) {
        PersonView view = PersonView.of(person);
        return new PersonInput(view.familyName(), view.givenName(), view.familyNameNative(), view.givenNameNative(),
                view.languages(), view.contact(), view.protectedDetails());
    }

    @Override
    protected PersonView toView(Person person) {
        return PersonView.of(person);
    }
}
