package org.studytrip.common.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;

/**
 * Records who read a person's protected details, when, and how (read, export), unless it was the person. Rows
 * are only ever added; they name the reader as their token does (upn, else preferred_username, else sub), never by
 * anything read.
 */
@ApplicationScoped
public class AccessLog {

    public static final String READ = "read";
    public static final String EXPORT = "export";
    /** The column's width; a longer name from an identity provider is cut, never a reason to refuse the read. */
    private static final int ACCESSOR_LENGTH = 200;

    private final Caller caller;

    AccessLog(Caller caller) {
        this.caller = caller;
    }

    /** In the reading transaction: a read that cannot be logged does not happen. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void protectedRead(UUID person, String action) {
        if (caller.is(person)) {
            return;
        }
        PersonalDataAccess access = new PersonalDataAccess();
        access.id = UUID.randomUUID();
        access.personId = person;
        String reader = caller.name();
        access.accessor = reader.length() > ACCESSOR_LENGTH ? reader.substring(0, ACCESSOR_LENGTH) : reader;
        access.action = action;
        access.accessedAt = Instant.now();
        access.persist();
    }

    /** The reads of one person's protected details, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonalDataAccessView> of(UUID person, PageRequest page) {
        return Page.of(PersonalDataAccess.find("personId = ?1 order by accessedAt desc, id desc", person), page,
                PersonalDataAccessView::of);
    }
}
