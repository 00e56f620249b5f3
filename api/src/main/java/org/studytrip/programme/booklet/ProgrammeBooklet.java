package org.studytrip.programme.booklet;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.studytrip.common.pdf.PdfDocuments;
import org.studytrip.common.text.Language;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.programme.ExportLabels;
import org.studytrip.programme.ItineraryView;
import org.studytrip.session.SessionStatus;
import org.studytrip.session.SessionView;
import org.studytrip.session.venue.VenueSummary;
import org.studytrip.trip.Trip;

/**
 * The printed programme of a trip: a PDF booklet, day by day, with times in the trip's zone and in the delegation's
 * home zone, the venues with their local and English addresses, and the organiser's contact. Bilingual: the reader's
 * language first and English below it (Chinese below an English first language). Laid out from an XHTML template by
 * openhtmltopdf, set in a font with Chinese and Korean glyphs, a subset of which is embedded.
 */
@ApplicationScoped
public class ProgrammeBooklet {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Template template;
    private final PdfDocuments pdf;

    ProgrammeBooklet(@Location("booklet.html") Template template, PdfDocuments pdf) {
        this.template = template;
        this.pdf = pdf;
    }

    public byte[] render(Trip trip, ItineraryView itinerary, Language language) {
        return pdf.render(template.data("booklet", booklet(trip, itinerary, language)).render());
    }

    Booklet booklet(Trip trip, ItineraryView itinerary, Language first) {
        Language second = first == Language.EN ? Language.ZH : Language.EN;
        Bilingual text = new Bilingual(first, second);
        ZoneId zone = itinerary.trip().timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(itinerary.trip().timeZone());
        ZoneId home = homeZone(itinerary, zone);
        List<Booklet.Day> days = itinerary.days().stream().map(day -> new Booklet.Day(
                text.of(language -> longDate(day.date(), language)),
                day.sessions().stream().map(session -> item(session, zone, home, text)).toList())).toList();
        List<Booklet.Venue> venues = itinerary.days().stream().flatMap(day -> day.sessions().stream())
                .map(SessionView::venue).filter(Objects::nonNull)
                .collect(Collectors.toMap(VenueSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)).values()
                .stream().map(venue -> new Booklet.Venue(text.of(venue.name()), venue.addressLocal(), venue.addressEn()))
                .toList();
        Booklet.Organiser organiser = trip.organiser == null ? null : new Booklet.Organiser(text.of(trip.organiser.name),
                trip.organiser.website, trip.organiser.email, trip.organiser.phone);
        String dates = trip.startDate == null ? "" : longDate(trip.startDate, first)
                + (trip.endDate == null || trip.endDate.equals(trip.startDate) ? "" : " – " + longDate(trip.endDate, first));
        Map<String, Booklet.Text> labels = new LinkedHashMap<>();
        Stream.of("programme", "venues", "organiser", "website", "email", "phone", "no-sessions", "experts", "session",
                "cancelled", "changed").forEach(key -> labels.put(key, text.of(language -> ExportLabels.of(language, key))));
        return new Booklet(first.tag(), text.of(trip.title), dates, zoneName(zone, first),
                home == null ? null : zoneName(home, first), days, venues, organiser, labels);
    }

    private static Booklet.Item item(SessionView session, ZoneId zone, ZoneId home, Bilingual text) {
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        return new Booklet.Item(span(session.startsAt(), session.endsAt(), zone),
                home == null ? null : span(session.startsAt(), session.endsAt(), home),
                text.of(session.title()),
                text.of(language -> ExportLabels.of(language, "type." + ApiEnums.apiValue(session.type()))),
                session.venue() == null ? null : text.of(session.venue().name()),
                session.experts().stream().map(expert -> text.of(expert.name())).toList(),
                cancelled,
                session.status() == SessionStatus.SCHEDULED || session.statusReason() == null ? null
                        : text.of(language -> ExportLabels.of(language, cancelled ? "cancelled" : "changed") + ": "
                                + language.of(session.statusReason())));
    }

    /** The zone most of the delegation's cities keep, when it is not the trip's own; none without such cities. */
    private static ZoneId homeZone(ItineraryView itinerary, ZoneId zone) {
        return itinerary.delegations().stream()
                .map(delegation -> delegation.organisation() == null || delegation.organisation().city() == null ? null
                        : delegation.organisation().city().timeZone())
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> ZoneId.of(entry.getKey())).filter(home -> !home.getRules().equals(zone.getRules()))
                .orElse(null);
    }

    private static String span(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
        return CLOCK.format(start.atZoneSameInstant(zone)) + "–" + CLOCK.format(end.atZoneSameInstant(zone));
    }

    private static String longDate(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()).format(date);
    }

    private static String zoneName(ZoneId zone, Language language) {
        return zone.getDisplayName(TextStyle.FULL, language.locale());
    }

    /** Texts in the booklet's two languages; the second only where it says something else. */
    private record Bilingual(Language first, Language second) {

        Booklet.Text of(LocalizedText text) {
            return of(language -> language.of(text));
        }

        Booklet.Text of(Function<Language, String> text) {
            String inFirst = text.apply(first);
            String inSecond = text.apply(second);
            return new Booklet.Text(inFirst, Objects.equals(inFirst, inSecond) ? null : inSecond);
        }
    }
}
