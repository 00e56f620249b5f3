package org.studytrip.programme.linkeddata;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.studytrip.common.text.Language;
import org.studytrip.organisation.Organisation;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.programme.AppConfig;
import org.studytrip.programme.ExportLabels;
import org.studytrip.programme.ItineraryView;
import org.studytrip.session.SessionStatus;
import org.studytrip.session.SessionView;
import org.studytrip.session.expert.ExpertSummary;
import org.studytrip.session.venue.VenueSummary;
import org.studytrip.trip.Trip;

/** Makes the {@link LinkedData} of a published trip, in one language, with links into the web client. */
final class ProgrammeLinkedData {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final String OFFLINE = "OfflineEventAttendanceMode";

    private final Language language;
    private final AppConfig app;

    private ProgrammeLinkedData(Language language, AppConfig app) {
        this.language = language;
        this.app = app;
    }

    static LinkedData.Event of(Trip trip, List<Trip> editions, ItineraryView itinerary, Language language, AppConfig app) {
        return new ProgrammeLinkedData(language, app).trip(trip, editions, itinerary);
    }

    private LinkedData.Event trip(Trip trip, List<Trip> editions, ItineraryView itinerary) {
        Trip first = editions.isEmpty() ? trip : editions.get(0);
        LinkedData.Organization organiser = organisation(trip.organiser);
        String seriesName = trip.organiser == null ? language.of(first.title)
                : ExportLabels.of(language, "series", language.of(trip.organiser.name));
        LinkedData.Series series = new LinkedData.Series("EventSeries", app.trip(first.id) + "#series", seriesName,
                organiser, editions.stream()
                        .map(edition -> new LinkedData.Edition("Event", app.trip(edition.id), language.of(edition.title),
                                text(edition.startDate), text(edition.endDate), app.trip(edition.id)))
                        .toList());
        LinkedData.Place country = trip.hostCountry == null ? null
                : new LinkedData.Place("Country", null, new Locale("", trip.hostCountry).getDisplayCountry(language.locale()),
                        new LinkedData.Address("PostalAddress", null, trip.hostCountry), null);
        List<LinkedData.Event> sessions = itinerary.days().stream().flatMap(day -> day.sessions().stream())
                .map(this::session).toList();
        return new LinkedData.Event(LinkedData.CONTEXT, "Event", app.trip(trip.id), language.of(trip.title),
                language.of(trip.summary), text(trip.startDate), text(trip.endDate), "EventScheduled", OFFLINE, null,
                app.trip(trip.id), country, organiser, List.of(),
                trip.sendingOrganisations.stream().map(this::organisation).toList(), List.of(), series, sessions);
    }

    private LinkedData.Event session(SessionView session) {
        String status = switch (session.status()) {
            case SCHEDULED -> "EventScheduled";
            case CHANGED -> "EventRescheduled";
            case CANCELLED -> "EventCancelled";
        };
        String description = Stream.of(language.of(session.description()),
                        session.status() == SessionStatus.SCHEDULED ? null : language.of(session.statusReason()))
                .filter(text -> text != null && !text.isBlank()).reduce((a, b) -> a + "\n\n" + b).orElse(null);
        return new LinkedData.Event(null, "Event", app.session(session.id()), language.of(session.title()), description,
                TIMESTAMP.format(session.startsAt()), TIMESTAMP.format(session.endsAt()), status, OFFLINE,
                session.language(), app.session(session.id()), place(session.venue()), organisation(session.host()),
                session.experts().stream().map(this::person).toList(), List.of(),
                session.topics().stream().map(topic -> new LinkedData.Thing("DefinedTerm", null,
                        language.of(topic.name()), topic.code())).toList(),
                null, List.of());
    }

    private LinkedData.Place place(VenueSummary venue) {
        if (venue == null) {
            return null;
        }
        List<Map<String, String>> street = Stream.of(
                        venue.addressLocal() == null ? null : Map.of("@value", venue.addressLocal(), "@language", "ko"),
                        venue.addressEn() == null ? null : Map.of("@value", venue.addressEn(), "@language", "en"))
                .filter(Objects::nonNull).toList();
        LinkedData.Geo geo = venue.latitude() == null || venue.longitude() == null ? null
                : new LinkedData.Geo("GeoCoordinates", venue.latitude(), venue.longitude());
        return new LinkedData.Place("Place", urn(venue.id()), language.of(venue.name()),
                street.isEmpty() ? null : new LinkedData.Address("PostalAddress", street, null), geo);
    }

    private LinkedData.Person person(ExpertSummary expert) {
        return new LinkedData.Person("Person", urn(expert.id()), language.of(expert.name()), language.of(expert.title()),
                organisation(expert.organisation()));
    }

    private LinkedData.Organization organisation(OrganisationSummary organisation) {
        if (organisation == null) {
            return null;
        }
        return new LinkedData.Organization("Organization", urn(organisation.id()), language.of(organisation.name()), null,
                null, null, organisation.city() == null ? null : new LinkedData.Place("Place", urn(organisation.city().id()),
                        language.of(organisation.city().name()), null, null));
    }

    private LinkedData.Organization organisation(Organisation organisation) {
        if (organisation == null) {
            return null;
        }
        return new LinkedData.Organization("Organization", urn(organisation.id), language.of(organisation.name),
                organisation.website, organisation.email, organisation.phone, organisation.city == null ? null : new LinkedData.Place("Place",
                        urn(organisation.city.id), language.of(organisation.city.name), null, null));
    }

    private static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }
}
