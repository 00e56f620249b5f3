package org.studytrip.programme.booklet;

import java.util.List;
import java.util.Map;

/**
 * What the printed programme shows, ready for its template: every text in the reader's language with the second
 * language below it (null where both say the same), times in the trip's zone and in the delegation's home zone.
 */
public record Booklet(
        String language,
        Text title,
        String dates,
        String tripZone,
        String homeZone,
        List<Day> days,
        List<Venue> venues,
        Organiser organiser,
        Map<String, Text> labels) {

    /** A text in the first language, and in the second where it differs. */
    public record Text(String first, String second) {
    }

    public record Day(Text date, List<Item> items) {
    }

    public record Item(String time, String homeTime, Text title, Text type, Text venue, List<Text> experts,
            boolean cancelled, Text reason) {
    }

    public record Venue(Text name, String addressLocal, String addressEn) {
    }

    public record Organiser(Text name, String website, String email, String phone) {
    }
}
