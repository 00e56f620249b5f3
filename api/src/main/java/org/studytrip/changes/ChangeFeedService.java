package org.studytrip.changes;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.studytrip.common.changelog.ChangeLogEntry;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.AggregateTag;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;
import org.studytrip.trip.TripStatus;

/**
 * Reads the change log for a feed: which entries a caller may see, in sequence order, each with its record as it
 * is now. A page costs a constant number of statements whatever its length: the log's head, the entries, and one
 * statement per type of record on the page (plus one per association those representations embed).
 */
@ApplicationScoped
public class ChangeFeedService {

    /** What a trip's feed carries: what its itinerary shows, and its people for those who may know of them. */
    private static final String TRIP_SCOPE = """
             and (c.tripId = :trip
              or (c.entityType = 'venue' and c.entityId in (select s.venue.id from Session s where s.trip.id = :trip))
              or (c.entityType = 'expert' and c.entityId in
                  (select x.id from Session s join s.experts x where s.trip.id = :trip))
              or (c.entityType = 'topic' and (c.entityId in (select t.id from Trip r join r.topics t where r.id = :trip)
                  or c.entityId in (select t.id from Session s join s.topics t where s.trip.id = :trip)))
              or (c.entityType = 'organisation' and (c.entityId in (select s.host.id from Session s where s.trip.id = :trip)
                  or c.entityId in (select o.id from Trip r join r.sendingOrganisations o where r.id = :trip)
                  or c.entityId in (select r.organiser.id from Trip r where r.id = :trip)))
              or (c.entityType = 'person' and c.entityId in (select p.person.id from Participant p where p.trip.id = :trip)))
            """;

    /** A draft's records, and changes to them, are unknown to all but organisers. */
    private static final String NO_DRAFTS = """
             and (c.tripId is null or c.tripId not in (select r.id from Trip r where r.status = :draft))
            """;

    private final Map<ChangeType, CrudService<?, ?, ?>> services = new EnumMap<>(ChangeType.class);
    private final TripAccess trips;
    private final ParticipantVisibility people;
    private final Caller caller;

    ChangeFeedService(@Any Instance<CrudService<?, ?, ?>> all, TripAccess trips, ParticipantVisibility people,
            Caller caller) {
        for (CrudService<?, ?, ?> service : all) {
            if (!service.inFeeds()) {
                continue;
            }
            ChangeType type = ChangeType.ofLogName(service.type()).orElseThrow(() -> new IllegalStateException("The change feeds do not carry the " + service.type()
                            + " records that " + service.getClass().getSimpleName() + " writes: add it to ChangeType"));
            services.put(type, service);
        }
        this.trips = trips;
        this.people = people;
        this.caller = caller;
    }

    /**
     * Where a feed read stands, worked out before anything is built: the cursor checked against the log's retention,
     * and the ETag, which changes with every write to the log (so a 304 costs one statement).
     */
    record Position(UUID trip, Set<ChangeType> types, boolean drafts, ChangeCursor cursor, int limit, long head) {

        String etag() {
            return new AggregateTag().add("changes").add(String.valueOf(trip)).add(types.toString())
                    .add(String.valueOf(drafts)).add(Long.toString(cursor.sequence())).add(Integer.toString(limit))
                    .add(Long.toString(head)).value();
        }
    }

    /** A trip's feed: 404 when the caller may not know of the trip. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Position ofTrip(String tripId, FeedParameters parameters) {
        return ofTrip(tripId, parameters.types(), parameters.cursor(), parameters.limit());
    }

    /** A trip's feed of these types from the cursor; 404 when the caller may not know of the trip. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Position ofTrip(String tripId, Set<ChangeType> asked, ChangeCursor cursor, int limit) {
        Trip trip = trips.programme(tripId);
        Set<ChangeType> types = EnumSet.copyOf(asked);
        types.remove(ChangeType.CITY);
        if (!caller.hasRole() || !people.maySeePeopleOf(trip)) {
            types.removeIf(ChangeType::people);
        }
        return position(trip.id, types, true, cursor, limit);
    }

    /** Every trip's and catalogue's changes, for partners who mirror the programme. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Position ofAll(FeedParameters parameters) {
        return position(null, parameters.types(), trips.seesDrafts(), parameters.cursor(), parameters.limit());
    }

    private Position position(UUID trip, Set<ChangeType> types, boolean drafts, ChangeCursor cursor, int limit) {
        Object[] log = (Object[]) Panache.getEntityManager()
                .createNativeQuery("select last_seq, pruned_through from change_sequence where id = 1")
                .getSingleResult();
        long head = ((Number) log[0]).longValue();
        long prunedThrough = ((Number) log[1]).longValue();
        boolean given = cursor != ChangeCursor.OLDEST_KEPT;
        if (given && (cursor.sequence() < prunedThrough || cursor.sequence() > head)) {
            throw new ProblemException(ProblemType.CURSOR_EXPIRED, "The change log no longer holds what followed this "
                    + "cursor (changes are kept for a limited time). Read the full resources again, then follow the "
                    + "feed from the next of a page read after that.");
        }
        return new Position(trip, types, drafts, cursor, limit, head);
    }

    /**
     * The page after the position's cursor, up to the head it read: every entry up to the head has committed (the
     * log's numbers commit in order), so a cursor at the head skips nothing that may still appear.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage page(Position position) {
        if (position.cursor() != ChangeCursor.OLDEST_KEPT && position.cursor().sequence() >= position.head()) {
            // A follower that is up to date, the usual poll: nothing can follow the head.
            return new ChangePage(List.of(), position.cursor().encoded(), false);
        }
        List<ChangeLogEntry> rows = rows(position);
        boolean more = rows.size() > position.limit();
        if (more) {
            rows = rows.subList(0, position.limit());
        }
        long next = more ? rows.get(rows.size() - 1).seq : position.head();
        Map<String, ChangeLogEntry> latest = new LinkedHashMap<>();
        for (ChangeLogEntry row : rows) {
            String key = row.entityType + ":" + row.entityId;
            latest.remove(key);
            latest.put(key, row);
        }
        Map<ChangeType, Map<UUID, Optional<Object>>> views = views(latest.values());
        List<ChangeEntry> items = new ArrayList<>();
        for (ChangeLogEntry row : latest.values()) {
            ChangeType type = typeOf(row);
            shown(row, type, views.get(type).get(row.entityId)).ifPresent(items::add);
        }
        return new ChangePage(items, new ChangeCursor(next).encoded(), more);
    }

    /**
     * One entry of the log as the caller may see it now, for a webhook delivery: empty when the caller may not see
     * the record (a draft's), or the log no longer holds the entry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChangeEntry> entry(long sequence) {
        ChangeLogEntry row = Panache.getEntityManager().find(ChangeLogEntry.class, sequence);
        if (row == null || !trips.seesDrafts() && row.tripId != null && Trip.<Trip>findByIdOptional(row.tripId)
                .map(trip -> trip.status == TripStatus.DRAFT).orElse(false)) {
            return Optional.empty();
        }
        ChangeType type = typeOf(row);
        return shown(row, type, service(type).feedViews(List.of(row.entityId)).get(row.entityId));
    }

    /**
     * A log row with its record as {@link CrudService#feedViews} found it: nothing when the caller may not see the
     * record, a tombstone when it is gone (no view at all).
     */
    private static Optional<ChangeEntry> shown(ChangeLogEntry row, ChangeType type, Optional<Object> view) {
        if (view != null && view.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeEntry(row.seq, type, row.entityId, row.operation, row.changedAt,
                row.entityVersion, row.tripId, view == null ? null : view.get()));
    }

    private List<ChangeLogEntry> rows(Position position) {
        String where = "c.seq > :after and c.seq <= :head and c.entityType in :types"
                + (position.trip() != null ? TRIP_SCOPE : "") + (position.drafts() ? "" : NO_DRAFTS);
        TypedQuery<ChangeLogEntry> query = Panache.getEntityManager()
                .createQuery("select c from ChangeLogEntry c where " + where + " order by c.seq", ChangeLogEntry.class)
                .setParameter("after", position.cursor().sequence())
                .setParameter("head", position.head())
                .setParameter("types", position.types().stream().map(ChangeType::logName).toList())
                .setMaxResults(position.limit() + 1);
        if (position.trip() != null) {
            query.setParameter("trip", position.trip());
        }
        if (!position.drafts()) {
            query.setParameter("draft", TripStatus.DRAFT);
        }
        return position.types().isEmpty() ? List.of() : query.getResultList();
    }

    /** The records of the page, loaded together per type. */
    private Map<ChangeType, Map<UUID, Optional<Object>>> views(Collection<ChangeLogEntry> rows) {
        Map<ChangeType, Set<UUID>> ids = rows.stream().collect(Collectors.groupingBy(this::typeOf,
                () -> new EnumMap<>(ChangeType.class), Collectors.mapping(row -> row.entityId,
                        Collectors.toCollection(LinkedHashSet::new))));
        Map<ChangeType, Map<UUID, Optional<Object>>> views = new EnumMap<>(ChangeType.class);
        ids.forEach((type, ofType) -> views.put(type, service(type).feedViews(ofType)));
        return views;
    }

    private CrudService<?, ?, ?> service(ChangeType type) {
        CrudService<?, ?, ?> service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("No service writes " + type.logName() + " records");
        }
        return service;
    }

    private ChangeType typeOf(ChangeLogEntry row) {
        return ChangeType.ofLogName(row.entityType)
                .orElseThrow(() -> new IllegalStateException("A feed selected a " + row.entityType + " entry"));
    }
}
