package org.studytrip.programme.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.studytrip.common.text.Language;
import org.studytrip.programme.ExportLabels;
import org.studytrip.programme.ItineraryView;
import org.studytrip.session.SessionStatus;
import org.studytrip.session.SessionType;
import org.studytrip.session.SessionView;
import org.studytrip.session.venue.VenueSummary;

/**
 * A trip's programme as an iCalendar (RFC 5545) that calendar apps subscribe to: each session an event in the trip's
 * zone (with its VTIMEZONE, so the time is right whatever the phone's zone), identified by the session's id so that
 * a change updates the event, with SEQUENCE rising with the session's version, and a cancelled session kept as
 * CANCELLED so that subscribers see it go rather than silently disappear.
 */
public final class ProgrammeCalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    /** A bound for the contract: far beyond a programme's (100 sessions take about 60 kB). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** How often subscribers should poll (RFC 7986 REFRESH-INTERVAL, and its older Microsoft spelling). */
    private static final Duration REFRESH = Duration.ofHours(1);

    private static final String UID_DOMAIN = "@studytrip.programme";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ProgrammeCalendar() {
    }

    /** The calendar named {@code name} holding the sessions of the trip, day by day. */
    public static byte[] render(ItineraryView.TripHeader trip, List<ItineraryView.Day> days, Language language, String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Study Trip Programme//Programme//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        // Sessions are placed in the trip's zone, so a trip with sessions has one.
        String zone = trip.timeZone();
        if (zone != null) {
            calendar.add(new XProperty("X-WR-TIMEZONE", zone));
            calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
            days.stream()
                    .flatMap(day -> day.sessions().stream())
                    .map(session -> event(session, ZoneId.of(zone), language))
                    .forEach(calendar::add);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(SessionView session, ZoneId zone, Language language) {
        ZonedDateTime start = session.startsAt().atZoneSameInstant(zone);
        ZonedDateTime end = session.endsAt().atZoneSameInstant(zone);
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        String title = language.of(session.title());
        VEvent event = new VEvent(false);
        event.add(new Uid(session.id() + UID_DOMAIN));
        // A published calendar's DTSTAMP is when the event last changed (RFC 5545 3.8.7.2), not when it was read.
        event.add(new DtStamp(session.updatedAt()));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(cancelled ? ExportLabels.of(language, "cancelled") + ": " + title : title));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, session.version())));
        event.add(new Created(session.createdAt()));
        event.add(new LastModified(session.updatedAt()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(session.type() == SessionType.FREE_TIME || cancelled ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        VenueSummary venue = session.venue();
        if (venue != null) {
            event.add(new Location(lines(language.of(venue.name()), venue.addressLocal(), venue.addressEn())));
            if (venue.latitude() != null && venue.longitude() != null) {
                event.add(new Geo(venue.latitude(), venue.longitude()));
            }
        }
        if (!session.topics().isEmpty()) {
            event.add(new Categories(new TextList(session.topics().stream().map(topic -> language.of(topic.name())).toList())));
        }
        event.add(new Description(description(session, language)));
        return event;
    }

    /** What a delegate reads when opening the event: why it changed, what it is about, who speaks, in what language. */
    private static String description(SessionView session, Language language) {
        List<String> parts = new ArrayList<>();
        if (session.status() != SessionStatus.SCHEDULED && session.statusReason() != null) {
            parts.add(ExportLabels.of(language, session.status() == SessionStatus.CANCELLED ? "cancelled" : "changed")
                    + ": " + language.of(session.statusReason()));
        }
        parts.add(language.of(session.description()));
        if (session.host() != null) {
            parts.add(ExportLabels.of(language, "host") + ": " + language.of(session.host().name()));
        }
        if (!session.experts().isEmpty()) {
            parts.add(ExportLabels.of(language, "experts") + ":\n" + session.experts().stream()
                    .map(expert -> "- " + Stream.of(language.of(expert.name()), language.of(expert.title()),
                            expert.organisation() == null ? null : language.of(expert.organisation().name()))
                            .filter(Objects::nonNull).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        if (session.language() != null) {
            String spoken = ExportLabels.of(language, "language") + ": " + ExportLabels.languageName(language, session.language());
            parts.add(session.interpretation() == null ? spoken : spoken + "; " + ExportLabels.of(language, "interpretation")
                    + ": " + ExportLabels.languageName(language, session.interpretation()));
        }
        return joined("\n\n", parts.stream());
    }

    private static String lines(String... texts) {
        return joined("\n", Stream.of(texts));
    }

    private static String joined(String separator, Stream<String> texts) {
        return texts.filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(separator));
    }
}
