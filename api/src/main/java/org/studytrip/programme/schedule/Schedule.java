package org.studytrip.programme.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A trip's programme in the conference-schedule exchange format that schedule apps read (frab's schedule.xml and the
 * schedule.json of frab and pretalx, as the voc/schedule schemas publish them): the trip is the conference, venues are
 * rooms, sessions are events, experts are persons, topics are tracks. One model, written as XML and as JSON; its
 * field names are those of schedule.json. Times are written with seconds and the trip's offset, as both schemas want.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"$schema", "generator", "schedule"})
public record Schedule(
        @JsonProperty("$schema") String schema,
        Generator generator,
        Body schedule) {

    public static final String JSON_SCHEMA = "https://c3voc.de/schedule/schema.json";

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Generator(String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"version", "base_url", "conference"})
    public record Body(
            String version,
            @JsonProperty("base_url") String baseUrl,
            Conference conference) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"acronym", "title", "start", "end", "daysCount", "timeslot_duration", "time_zone_name", "url",
            "tracks", "rooms", "days"})
    public record Conference(
            String acronym,
            String title,
            String start,
            String end,
            int daysCount,
            @JsonProperty("timeslot_duration") String timeslotDuration,
            @JsonProperty("time_zone_name") String timeZoneName,
            String url,
            List<Track> tracks,
            List<Room> rooms,
            List<Day> days) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Track(String name, String slug) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Room(String name, UUID guid) {
    }

    /** A day of the trip; {@code rooms} maps each room's name to its events, in order. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"index", "date", "day_start", "day_end", "rooms"})
    public record Day(
            int index,
            String date,
            @JsonProperty("day_start") String dayStart,
            @JsonProperty("day_end") String dayEnd,
            Map<String, List<Event>> rooms) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"guid", "id", "date", "start", "end", "duration", "room", "slug", "url", "title", "subtitle",
            "track", "type", "language", "abstract", "description", "persons", "links"})
    public record Event(
            UUID guid,
            int id,
            String date,
            String start,
            String end,
            String duration,
            String room,
            String slug,
            String url,
            String title,
            String subtitle,
            String track,
            String type,
            String language,
            @JsonProperty("abstract") String summary,
            String description,
            List<Person> persons,
            List<Link> links) {
    }

    /** As pretalx writes a person (id, guid, name): the schema takes exactly one of frab's and pretalx's shapes. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Person(int id, UUID guid, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Link(String url, String title, String type) {
    }
}
