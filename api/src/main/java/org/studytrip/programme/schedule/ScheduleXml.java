package org.studytrip.programme.schedule;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Schedule} as frab's schedule.xml with the JDK's StAX writer (which escapes): no namespace, the
 * children of schedule in the order the XSD's sequence wants, every day's events grouped by room.
 */
final class ScheduleXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private ScheduleXml() {
    }

    static byte[] write(Schedule schedule) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("schedule");
            xml.writeEmptyElement("generator");
            xml.writeAttribute("name", schedule.generator().name());
            element(xml, "version", schedule.schedule().version());
            conference(xml, schedule.schedule());
            Map<String, UUID> rooms = schedule.schedule().conference().rooms().stream()
                    .collect(Collectors.toMap(Schedule.Room::name, Schedule.Room::guid));
            for (Schedule.Day day : schedule.schedule().conference().days()) {
                day(xml, day, rooms);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    private static void conference(XMLStreamWriter xml, Schedule.Body body) throws XMLStreamException {
        Schedule.Conference conference = body.conference();
        xml.writeStartElement("conference");
        element(xml, "acronym", conference.acronym());
        element(xml, "title", conference.title());
        element(xml, "start", conference.start());
        element(xml, "end", conference.end());
        element(xml, "days", Integer.toString(conference.daysCount()));
        element(xml, "timeslot_duration", conference.timeslotDuration());
        element(xml, "base_url", body.baseUrl());
        element(xml, "url", conference.url());
        element(xml, "time_zone_name", conference.timeZoneName());
        for (Schedule.Track track : conference.tracks()) {
            xml.writeStartElement("track");
            xml.writeAttribute("name", track.name());
            xml.writeAttribute("slug", track.slug());
            xml.writeCharacters(track.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void day(XMLStreamWriter xml, Schedule.Day day, Map<String, UUID> rooms) throws XMLStreamException {
        xml.writeStartElement("day");
        xml.writeAttribute("index", Integer.toString(day.index()));
        xml.writeAttribute("date", day.date());
        xml.writeAttribute("start", day.dayStart());
        xml.writeAttribute("end", day.dayEnd());
        for (Map.Entry<String, List<Schedule.Event>> room : day.rooms().entrySet()) {
            xml.writeStartElement("room");
            xml.writeAttribute("name", room.getKey());
            xml.writeAttribute("guid", rooms.get(room.getKey()).toString());
            for (Schedule.Event event : room.getValue()) {
                event(xml, event);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void event(XMLStreamWriter xml, Schedule.Event event) throws XMLStreamException {
        xml.writeStartElement("event");
        xml.writeAttribute("id", Integer.toString(event.id()));
        xml.writeAttribute("guid", event.guid().toString());
        element(xml, "room", event.room());
        element(xml, "title", event.title());
        element(xml, "subtitle", event.subtitle());
        element(xml, "type", event.type());
        element(xml, "date", event.date());
        element(xml, "start", event.start());
        element(xml, "duration", event.duration());
        element(xml, "abstract", event.summary() == null ? "" : event.summary());
        element(xml, "slug", event.slug());
        element(xml, "track", event.track() == null ? "" : event.track());
        element(xml, "language", event.language());
        element(xml, "description", event.description());
        xml.writeStartElement("persons");
        for (Schedule.Person person : event.persons()) {
            xml.writeStartElement("person");
            xml.writeAttribute("id", Integer.toString(person.id()));
            xml.writeAttribute("guid", person.guid().toString());
            xml.writeCharacters(person.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEmptyElement("links");
        element(xml, "url", event.url());
        xml.writeEndElement();
    }

    /** An element with text; left out when there is no text. */
    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
