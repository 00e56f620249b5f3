package org.studytrip.common.crud;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.References.UnknownReference;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.problem.Problem.FieldError;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.problem.Referrer;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Preconditions.IfMatch;
import org.studytrip.common.web.Sorting;
import org.studytrip.common.web.VersionedView;

/**
 * The write rules every resource shares: unknown or non-UUID ids are 404, writes need a matching If-Match,
 * codes are unique, PATCH passes the same checks as PUT, and every write lands in the change log in the same
 * transaction. A feature supplies the mapping between its entity, input and view, and its own rules.
 *
 * @param <E> the entity
 * @param <I> the record accepted from clients (POST, PUT, and the form a merge patch applies to)
 * @param <V> the record returned to clients
 */
public abstract class CrudService<E extends VersionedEntity, I, V extends VersionedView> {

    @Inject
    protected ChangeLog changeLog;

    @Inject
    MergePatcher patcher;

    @Inject
    protected Visibility visibility;

    @Inject
    @Any
    Instance<ReferenceCheck<?>> referenceChecks;

    /** The feature's generated mapping ({@link EntityMapping}); a feature without one overrides apply and toInput. */
    @Inject
    Instance<EntityMapping<E, I>> mappings;

    private final Class<E> entityType = typeArgument(0);
    private final Class<I> inputType = typeArgument(1);
    /** How messages name a record: the entity's name in lower case ({@code city}, {@code participant}). */
    private final String noun = entityType.getSimpleName().toLowerCase(Locale.ROOT);
    private final Map<String, Function<I, ?>> fixedFields = new LinkedHashMap<>();

    /** The entity or input type the service class gives this one, also through the subclass the container makes. */
    @SuppressWarnings("unchecked")
    private <T> Class<T> typeArgument(int index) {
        return (Class<T>) TypeArguments.of(getClass(), CrudService.class, index);
    }

    /**
     * Declares a field that says what a record is about (whose participation, which trip): set on creation, never
     * changed by a write, so that what hangs below the record (consents, attendance) cannot move to another one.
     * A write that changes it is a 400 on that field.
     */
    protected void fixedAfterCreation(String field, Function<I, ?> value) {
        fixedFields.put(field, value);
    }

    /** A new, empty entity; entities have the no-argument constructor JPA requires. */
    protected E newEntity() {
        try {
            return entityType.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entityType + " cannot be made", e);
        }
    }

    /** Copies every field of the input onto the entity (a full replacement). */
    protected void apply(I input, E entity) {
        mapping().apply(input, entity);
    }

    /** The input that would write the entity as it is: what a merge patch applies to. */
    protected I toInput(E entity) {
        return mapping().toInput(entity);
    }

    private EntityMapping<E, I> mapping() {
        if (!mappings.isResolvable()) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no generated mapping: it must override "
                    + "apply and toInput");
        }
        return mappings.get();
    }

    /** A page of the records the criteria select, in the order the filter asks for within what {@code sorting} allows. */
    @SuppressWarnings("unchecked")
    protected final Page<V> page(Criteria criteria, Sorting sorting, ListParameters filter) {
        PanacheQuery<E> query = (PanacheQuery<E>) JpaOperations.INSTANCE.find(entityType, criteria.query(),
                sorting.parse(filter.sort), criteria.parameters());
        return Page.of(query, filter.pageRequest(), this::toView);
    }

    protected abstract V toView(E entity);

    /** The records' type as the change log names it: the entity's name in lower case ({@code session}). */
    public final String type() {
        return noun;
    }

    /**
     * The records with these ids as the change feeds show them to the caller, loaded in one statement (their
     * associations in one more each): a representation for each one the caller may know of, empty for one they may
     * not; an id that names no record any more is absent.
     */
    public final Map<UUID, Optional<Object>> feedViews(Collection<UUID> ids) {
        Map<UUID, Optional<Object>> views = new HashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        Panache.getEntityManager()
                .createQuery("select e from " + entityType.getSimpleName() + " e where e.id in :ids", entityType)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(entity -> views.put(entity.id, visibleInFeed(entity) ? Optional.of(feedView(entity)) : Optional.empty()));
        return views;
    }

    /** Whether the change feeds carry these records: programme data does, the service's own settings do not. */
    public boolean inFeeds() {
        return true;
    }

    /** What a change feed shows of a record: its representation, unless a list would show less of it. */
    protected Object feedView(E entity) {
        return toView(entity);
    }

    /** Whether a change feed shows the record to the caller: where they may read it, unless a feed shows less. */
    protected boolean visibleInFeed(E entity) {
        return visible(entity);
    }

    /** The unique code of an input, for resources that have one. */
    private String code(I input) {
        return input instanceof Coded coded ? coded.code() : null;
    }

    /** Rules that need the database (references, cycles); {@code existing} is null on create. */
    protected void checkRules(I input, E existing) {
    }

    /** How people name the entity in messages: {@code city 'shenzhen'}, {@code venue 'Seoul Energy Dream Center'}. */
    protected String describe(E entity) {
        String code = code(toInput(entity));
        String name = code != null ? code : entity instanceof Labelled labelled ? labelled.label() : entity.id.toString();
        return noun + " '" + name + "'";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public V get(String id) {
        return toView(find(id));
    }

    @Transactional
    public V create(I input) {
        return create(input, entity -> {
        });
    }

    /** Creates with {@code placement} setting what the path, not the body, decides (e.g. the trip of a session). */
    @Transactional
    protected V create(I input, Consumer<E> placement) {
        checkCode(input, null);
        checkRules(input, null);
        E entity = newEntity();
        placement.accept(entity);
        applyChecked(input, entity);
        entity.persist();
        changeLog.created(entity);
        return toView(entity);
    }

    @Transactional
    public V replace(String id, IfMatch ifMatch, I input) {
        E entity = find(id);
        ifMatch.check(entity.version);
        return update(entity, input);
    }

    @Transactional
    public V patch(String id, IfMatch ifMatch, String mergePatch) throws JsonProcessingException {
        E entity = find(id);
        ifMatch.check(entity.version);
        return update(entity, patcher.apply(toInput(entity), mergePatch, inputType));
    }

    /**
     * The merge patch that gives the entity the values {@code wanted} has at {@code fields} (JSON pointers into the
     * input, such as {@code /contact/email}); empty when it has them already, so that nothing is written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> changesTowards(E entity, I wanted, Collection<String> fields) throws JsonProcessingException {
        return patcher.towards(toInput(entity), wanted, fields);
    }

    @Transactional
    public void delete(String id, IfMatch ifMatch) {
        delete(id, ifMatch, false);
    }

    /** With {@code cascade}, rows that belong to the entity (see {@link ReferenceCheck#cascades()}) go with it. */
    @Transactional
    public void delete(String id, IfMatch ifMatch, boolean cascade) {
        E entity = find(id);
        ifMatch.check(entity.version);
        if (cascade) {
            // What the cascade would not take refuses the delete before anything goes.
            checkNotReferenced(entity, checksFor(entity).stream().filter(check -> !check.cascades()).toList());
            checksFor(entity).stream().filter(ReferenceCheck::cascades).forEach(check -> check.deleteReferencesTo(entity));
        }
        checkNotReferenced(entity, checksFor(entity));
        changeLog.deleted(entity);
        entity.delete();
    }

    /**
     * Whether the caller may know that this entity exists (a draft trip, someone else's record): one they may not
     * is answered 404, exactly like an unknown id, never 403. By default the rule of {@link Visibility}, the same
     * one that leaves the entity out where another representation refers to it.
     */
    protected boolean visible(E entity) {
        return visibility.visible(entity);
    }

    protected E find(String id) {
        E entity = require(entityType, id, noun);
        if (!visible(entity)) {
            throw ProblemException.notFound(noun, id);
        }
        return entity;
    }

    /** The entity a path names by id ({@code /trips/{tripId}/...}); 404 when there is none. */
    public static <R> R require(Class<R> type, String id, String noun) {
        UUID uuid = parseId(id);
        R entity = uuid == null ? null : Panache.getEntityManager().find(type, uuid);
        if (entity == null) {
            throw ProblemException.notFound(noun, id);
        }
        return entity;
    }

    /** The entities an input lists by id, in order. */
    protected static <R extends VersionedEntity> Set<R> references(Class<R> type, List<UUID> ids) {
        Set<R> result = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> result.add(References.reference(id, type)));
        }
        return result;
    }

    protected static List<UUID> ids(Collection<? extends VersionedEntity> entities) {
        return entities.stream().map(entity -> entity.id).toList();
    }

    /** An id that is not a UUID names nothing: null, so that callers answer 404 like for an unknown UUID. */
    public static UUID parseId(String id) {
        try {
            return id == null || id.length() != 36 ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    private V update(E entity, I input) {
        checkCode(input, entity);
        checkRules(input, entity);
        checkFixed(input, entity);
        applyChecked(input, entity);
        changeLog.updated(entity);
        return toView(entity);
    }

    /** {@link #apply}, with an unknown id in the input answered as a 400 on the field that holds it. */
    private void applyChecked(I input, E entity) {
        try {
            apply(input, entity);
        } catch (UnknownReference unknown) {
            throw ProblemException.invalidField(fieldHolding(input, unknown.id), "unknown-reference", "there is no "
                    + unknown.type.getSimpleName().toLowerCase(Locale.ROOT) + " with id " + unknown.id);
        }
    }

    /** The input's field that holds the id, {@code topicIds[2]} for the third of a list. */
    private static String fieldHolding(Object input, UUID id) {
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(input);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (id.equals(value)) {
                return component.getName();
            }
            if (value instanceof List<?> list && list.contains(id)) {
                return component.getName() + "[" + list.indexOf(id) + "]";
            }
        }
        throw new IllegalStateException("The id " + id + " is in no field of " + input.getClass().getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private List<ReferenceCheck<E>> checksFor(E entity) {
        List<ReferenceCheck<E>> checks = new ArrayList<>();
        for (ReferenceCheck<?> check : referenceChecks) {
            if (check.target() == entityType) {
                checks.add((ReferenceCheck<E>) check);
            }
        }
        return checks;
    }

    /** 409 naming every reference to the entity that other features report. */
    private void checkNotReferenced(E entity, List<ReferenceCheck<E>> checks) {
        List<Referrer> references = new ArrayList<>();
        checks.forEach(check -> references.addAll(check.referencesTo(entity)));
        if (!references.isEmpty()) {
            throw ProblemException.inUse(describe(entity), references);
        }
    }

    private void checkFixed(I input, E existing) {
        I current = fixedFields.isEmpty() ? null : toInput(existing);
        fixedFields.forEach((field, value) -> {
            if (!Objects.equals(value.apply(input), value.apply(current))) {
                throw ProblemException.invalidField(field, "fixed", "cannot change once the " + noun
                        + " exists; delete it and create a new one instead");
            }
        });
    }

    private void checkCode(I input, E existing) {
        String code = code(input);
        if (code == null) {
            return;
        }
        boolean taken = Panache.getEntityManager()
                .createQuery("select e.id from " + entityType.getSimpleName() + " e where e.code = :code", UUID.class)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(id -> existing == null || !id.equals(existing.id));
        if (taken) {
            throw new ProblemException(ProblemType.DUPLICATE_CODE, "Another " + noun + " already has the code '" + code + "'.",
                    List.of(new FieldError("code", "duplicate", "is already used by another " + noun)));
        }
    }
}
