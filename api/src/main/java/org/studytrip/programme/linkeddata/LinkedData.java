package org.studytrip.programme.linkeddata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A published trip in schema.org terms, as JSON-LD for partners' web pages: the trip an {@code Event} in an
 * {@code EventSeries} of its editions, each session a sub-event with its {@code Place}, experts as {@code Person}s,
 * organisations as {@code Organization}s. The context is written inline, so the document expands without fetching
 * anything: schema.org as the vocabulary, with the enumeration members (event status, attendance mode) as terms of it.
 */
public final class LinkedData {

    static final Map<String, Object> CONTEXT = Map.of(
            "@vocab", "https://schema.org/",
            "eventStatus", Map.of("@type", "@vocab"),
            "eventAttendanceMode", Map.of("@type", "@vocab"),
            "url", Map.of("@type", "@id"));

    private LinkedData() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@context", "@type", "@id"})
    public record Event(
            @JsonProperty("@context") Map<String, Object> context,
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            String description,
            String startDate,
            String endDate,
            String eventStatus,
            String eventAttendanceMode,
            String inLanguage,
            String url,
            Place location,
            Organization organizer,
            List<Person> performer,
            List<Organization> attendee,
            List<Thing> about,
            Series superEvent,
            List<Event> subEvent) {
    }

    /** The editions of the programme, year after year. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "@id"})
    public record Series(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            Organization organizer,
            List<Edition> subEvent) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "@id"})
    public record Edition(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            String startDate,
            String endDate,
            String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "@id"})
    public record Place(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            Address address,
            Geo geo) {
    }

    /** The address in the host country's script and in English, each tagged with its language. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Address(
            @JsonProperty("@type") String type,
            List<Map<String, String>> streetAddress,
            String addressCountry) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Geo(
            @JsonProperty("@type") String type,
            BigDecimal latitude,
            BigDecimal longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "@id"})
    public record Person(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            String jobTitle,
            Organization affiliation) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "@id"})
    public record Organization(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            String url,
            String email,
            String telephone,
            Place location) {
    }

    /** A topic the event is about. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "@id"})
    public record Thing(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            String identifier) {
    }
}
