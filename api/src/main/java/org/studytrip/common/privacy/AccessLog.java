package org.studytrip.common.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.studytrip.common.persistence.BinaryIds;
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
    private static final int ACCESSOR_LENGTH = 200;

    private final Caller caller;

    AccessLog(Caller caller) {
        this.caller = caller;
    }

    /** In the reading transaction: a read that cannot be logged does not happen. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void protectedRead(UUID person, String action) {
        protectedReads(List.of(person), action);
    }

    /** The reads of many people's protected details at once (an export): one row each, written in one statement. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void protectedReads(Collection<UUID> people, String action) {
        List<UUID> others = people.stream().filter(person -> !caller.is(person)).toList();
        if (others.isEmpty()) {
            return;
        }
        String rows = String.join(", ", Collections.nCopies(others.size(), "(?, ?, ?, ?, ?)"));
        Query insert = Panache.getEntityManager().createNativeQuery(
                "insert into personal_data_access (id, person_id, accessor, action, accessed_at) values " + rows);
        String accessor = accessor();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int position = 1;
        for (UUID person : others) {
            insert.setParameter(position++, BinaryIds.bytes(UUID.randomUUID()));
            insert.setParameter(position++, BinaryIds.bytes(person));
            insert.setParameter(position++, accessor);
            insert.setParameter(position++, action);
            insert.setParameter(position++, now);
        }
        insert.executeUpdate();
    }

    /** The column's width; a longer name from an identity provider is cut, never a reason to refuse the read. */
    private String accessor() {
        String reader = caller.name();
        return reader.length() > ACCESSOR_LENGTH ? reader.substring(0, ACCESSOR_LENGTH) : reader;
    }

    /** The reads of one person's protected details, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonalDataAccessView> of(UUID person, PageRequest page) {
        return Page.of(PersonalDataAccess.find("personId = ?1 order by accessedAt desc, id desc", person), page,
                PersonalDataAccessView::of);
    }
}
