package org.studytrip.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Map;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.common.web.Sorting;
import org.studytrip.participant.PersonInput.ContactDetails;

@ApplicationScoped
public class PersonService extends CrudService<Person, PersonInput, PersonView> {

    static final Map<String, String> SORTABLE = Map.of(
            "familyName", "familyName",
            "givenName", "givenName",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    @Inject
    ProtectedDetailsVault vault;

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
