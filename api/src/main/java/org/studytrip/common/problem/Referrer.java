package org.studytrip.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What still refers to a record that cannot be deleted (a 409 in-use problem's {@code references}): one record,
 * by type, id and name, or a number of records of a type. Clients name the type in their language and may link
 * to the record; the problem's detail says the same in English.
 */
@Schema(name = "Referrer", description = "A record, or a number of records, that still refers to the one a delete "
        + "was refused for.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referrer(
        @NotNull Type type,
        @Schema(description = "The referring record's id, when one record is named.") UUID id,
        @Size(max = 200) @Schema(examples = "Opening ceremony", description = "Its code, or its name in English.") String name,
        @Min(1) @Max(Integer.MAX_VALUE) @Schema(examples = "3", description = "How many records of the type refer, when they are "
                + "counted instead.") Long count,
        Relation relation) {

    /** The kinds of record that refer to others, each named as its constant in lower case. */
    @Schema(name = "ReferrerType")
    public enum Type {
        @JsonProperty("trip") TRIP,
        @JsonProperty("session") SESSION,
        @JsonProperty("participant") PARTICIPANT,
        @JsonProperty("expert") EXPERT,
        @JsonProperty("venue") VENUE,
        @JsonProperty("organisation") ORGANISATION,
        @JsonProperty("webhook") WEBHOOK,
        @JsonProperty("attendance-mark") ATTENDANCE_MARK,
        @JsonProperty("certificate") CERTIFICATE
    }

    /** How a record refers, where its type alone does not say. */
    @Schema(name = "ReferrerRelation", description = "previous-edition: a later trip builds on this one; "
            + "participation: the person takes part in the trip.")
    public enum Relation {
        @JsonProperty("previous-edition") PREVIOUS_EDITION("as its previous edition"),
        @JsonProperty("participation") PARTICIPATION("through a participation");

        private final String wording;

        Relation(String wording) {
            this.wording = wording;
        }
    }

    public static Referrer named(Type type, UUID id, String name) {
        return new Referrer(type, id, name, null, null);
    }

    public static Referrer counted(Type type, long count) {
        return new Referrer(type, null, null, count, null);
    }

    public Referrer as(Relation how) {
        return new Referrer(type, id, name, count, how);
    }

    /** As the problem's detail says it: {@code session 'Opening'}, {@code 3 sessions}. */
    public String describe() {
        String noun = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (count != null) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }
        return noun + " '" + name + "'" + (relation == null ? "" : " (" + relation.wording + ")");
    }
}
