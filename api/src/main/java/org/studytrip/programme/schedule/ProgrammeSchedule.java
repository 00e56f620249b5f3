package org.studytrip.programme.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.studytrip.common.text.Language;
import org.studytrip.programme.AppConfig;
import org.studytrip.programme.ExportLabels;
import org.studytrip.programme.ItineraryView;
import org.studytrip.session.SessionStatus;
import org.studytrip.session.SessionType;
import org.studytrip.session.SessionView;
import org.studytrip.session.venue.VenueSummary;
import org.studytrip.topic.TopicSummary;

/** Makes the {@link Schedule} of an itinerary, in one language, with links into the web client. */
final class ProgrammeSchedule {

    /** With seconds and a numeric offset: what both the XSD's dateTimeTZ and RFC 3339 accept. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final ItineraryView itinerary;
    private final Language language;
    private final AppConfig app;
    private final ZoneId zone;
    private final String acronym;
    /** Room names by venue (null: no venue yet), unique within the schedule since the JSON keys events by them. */
    private final Map<UUID, String> roomNames = new HashMap<>();
    private final Map<String, Schedule.Room> rooms = new LinkedHashMap<>();
    private final Map<String, Schedule.Track> tracks = new LinkedHashMap<>();
    private final Set<Integer> eventIds = new HashSet<>();

    private ProgrammeSchedule(ItineraryView itinerary, Language language, AppConfig app) {
        this.itinerary = itinerary;
        this.language = language;
        this.app = app;
        this.zone = itinerary.trip().timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(itinerary.trip().timeZone());
        this.acronym = acronym(itinerary.trip().code());
    }

    static Schedule of(ItineraryView itinerary, Language language, AppConfig app) {
        return new ProgrammeSchedule(itinerary, language, app).schedule();
    }

    private Schedule schedule() {
        ItineraryView.TripHeader trip = itinerary.trip();
        List<Schedule.Day> days = new ArrayList<>();
        for (ItineraryView.Day day : itinerary.days()) {
            days.add(day(days.size() + 1, day));
        }
        LocalDate first = trip.startDate() != null ? trip.startDate() : itinerary.days().isEmpty() ? null : itinerary.days().get(0).date();
        LocalDate last = trip.endDate() != null ? trip.endDate()
                : itinerary.days().isEmpty() ? null : itinerary.days().get(itinerary.days().size() - 1).date();
        String version = itinerary.days().stream().flatMap(day -> day.sessions().stream())
                .map(SessionView::updatedAt).max(Comparator.naturalOrder()).map(Object::toString).orElse("0");
        Schedule.Conference conference = new Schedule.Conference(acronym, language.of(trip.title()),
                first == null ? null : first.toString(), last == null ? null : last.toString(), days.size(), "00:15",
                trip.timeZone(), app.trip(trip.id()), List.copyOf(tracks.values()), List.copyOf(rooms.values()), days);
        return new Schedule(Schedule.JSON_SCHEMA, new Schedule.Generator("Study Trip Programme"),
                new Schedule.Body(version, app.trip(trip.id()), conference));
    }

    private Schedule.Day day(int index, ItineraryView.Day day) {
        Map<String, List<Schedule.Event>> byRoom = new LinkedHashMap<>();
        OffsetDateTime start = day.date().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = day.date().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        if (!day.sessions().isEmpty()) {
            start = day.sessions().stream().map(this::startOf).min(Comparator.naturalOrder()).orElseThrow();
            end = day.sessions().stream().map(this::endOf).max(Comparator.naturalOrder()).orElseThrow();
        }
        for (SessionView session : day.sessions()) {
            Schedule.Event event = event(session);
            byRoom.computeIfAbsent(event.room(), name -> new ArrayList<>()).add(event);
        }
        return new Schedule.Day(index, day.date().toString(), TIMESTAMP.format(start), TIMESTAMP.format(end), byRoom);
    }

    private Schedule.Event event(SessionView session) {
        OffsetDateTime start = startOf(session);
        OffsetDateTime end = endOf(session);
        long minutes = Math.min(Duration.between(start, end).toMinutes(), 99 * 60 + 59);
        int id = uniqueId(session.id());
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        String title = language.of(session.title());
        String reason = session.status() == SessionStatus.SCHEDULED ? null : language.of(session.statusReason());
        return new Schedule.Event(session.id(), id, TIMESTAMP.format(start), CLOCK.format(start), TIMESTAMP.format(end),
                "%02d:%02d".formatted(minutes / 60, minutes % 60), room(session.venue()),
                acronym + "-" + id + "-" + slug(session.title().en(), "session"), app.session(session.id()),
                cancelled ? ExportLabels.of(language, "cancelled") + ": " + title : title,
                session.host() == null ? null : language.of(session.host().name()),
                session.topics().isEmpty() ? null : track(session.topics().get(0)), type(session.type()),
                session.language(), language.of(session.description()),
                reason == null ? null : ExportLabels.of(language, cancelled ? "cancelled" : "changed") + ": " + reason,
                session.experts().stream().map(expert -> new Schedule.Person(positiveId(expert.id()), expert.id(),
                        language.of(expert.name()))).toList(),
                List.of());
    }

    private OffsetDateTime startOf(SessionView session) {
        return session.startsAt().atZoneSameInstant(zone).toOffsetDateTime();
    }

    private OffsetDateTime endOf(SessionView session) {
        return session.endsAt().atZoneSameInstant(zone).toOffsetDateTime();
    }

    private String room(VenueSummary venue) {
        UUID key = venue == null ? null : venue.id();
        return roomNames.computeIfAbsent(key, ignored -> {
            String wanted = venue == null ? ExportLabels.of(language, "venue-to-be-announced") : language.of(venue.name());
            String name = wanted;
            for (int n = 2; rooms.containsKey(name); n++) {
                name = wanted + " (" + n + ")";
            }
            UUID guid = venue == null ? UUID.nameUUIDFromBytes(("no-venue:" + itinerary.trip().id()).getBytes(StandardCharsets.UTF_8))
                    : venue.id();
            rooms.put(name, new Schedule.Room(name, guid));
            return name;
        });
    }

    private String track(TopicSummary topic) {
        String name = language.of(topic.name());
        tracks.putIfAbsent(name, new Schedule.Track(name, slug(topic.code(), "topic")));
        return name;
    }

    /** Schedule apps show the type as it is; the usual words where the format has them. */
    private static String type(SessionType type) {
        return switch (type) {
            case LECTURE -> "talk";
            case DIALOGUE -> "discussion";
            case WORKSHOP -> "workshop";
            case SITE_VISIT -> "site-visit";
            case CEREMONY -> "ceremony";
            case TRAVEL -> "travel";
            case MEAL -> "meal";
            case FREE_TIME -> "free-time";
        };
    }

    /** Apps keep favourites by the event's number: derived from the session's id, so it stays when others change. */
    private int uniqueId(UUID session) {
        int id = positiveId(session);
        while (!eventIds.add(id)) {
            id = id == Integer.MAX_VALUE ? 1 : id + 1;
        }
        return id;
    }

    private static int positiveId(UUID id) {
        long folded = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        int value = (int) (folded ^ (folded >>> 32)) & Integer.MAX_VALUE;
        return value == 0 ? 1 : value;
    }

    /** The trip's code in the letters both schemas allow an acronym: lower case, digits and underscores, 4 or more. */
    private static String acronym(String code) {
        String acronym = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return acronym.length() >= 4 ? acronym : (acronym + "____").substring(0, 4);
    }

    /** Lower-case ASCII words joined by hyphens, starting with a letter and ending with a letter or digit. */
    private static String slug(String text, String fallback) {
        String slug = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.length() < 2 ? fallback : slug;
    }
}
