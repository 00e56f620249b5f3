package org.studytrip.participant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.Organisation;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.person.Person;
import org.studytrip.person.PublicProfile;

/**
 * A trip's participants grouped by sending organisation (local governments with their city): public profiles, and
 * for organisers each passport number masked.
 */
@Schema(name = "Delegations")
public record DelegationsView(
        @NotNull UUID tripId,
        @NotNull @Min(0) @Max(100000) int totalParticipants,
        @NotNull @Size(max = 1000) List<Delegation> delegations) {

    /** One sending organisation's delegates; {@code organisation} is absent for participants sent by none. */
    @Schema(name = "Delegation")
    public record Delegation(
            OrganisationSummary organisation,
            @NotNull @Min(0) @Max(100000) int participantCount,
            @NotNull @Size(max = 100000) List<Delegate> participants) {
    }

    @Schema(name = "Delegate")
    public record Delegate(
            @NotNull UUID participantId,
            @NotNull PublicProfile person,
            @NotNull DelegationRole role,
            LocalizedText position,
            @Size(max = 8) @Schema(description = "Organisers only: the passport number masked but for its last four "
                    + "characters.", examples = "••••5678") String passportNumberMasked) {
    }

    /** Public profiles only (for counts and views that show no passport). */
    public static DelegationsView of(UUID tripId, List<Participant> participants, Visibility visibility) {
        return of(tripId, participants, person -> null, visibility);
    }

    /**
     * Groups participants by organisation, ordered by the organisation's English name; those without one come last.
     * {@code passportMask} gives what a delegate shows of their passport (null: nothing).
     */
    public static DelegationsView of(UUID tripId, List<Participant> participants, Function<Person, String> passportMask,
            Visibility visibility) {
        Map<Organisation, List<Delegate>> grouped = new LinkedHashMap<>();
        participants.stream()
                .sorted(Comparator.comparing((Participant p) -> p.organisation == null ? "\uffff" : p.organisation.name.en())
                        .thenComparing(p -> p.role.ordinal())
                        .thenComparing(p -> p.person.familyName))
                .forEach(p -> grouped.computeIfAbsent(p.organisation, key -> new ArrayList<>())
                        .add(new Delegate(p.id, PublicProfile.of(p.person), p.role, p.position,
                                passportMask.apply(p.person))));
        List<Delegation> delegations = grouped.entrySet().stream()
                .map(entry -> new Delegation(
                        visibility.embed(entry.getKey(), organisation -> OrganisationSummary.of(organisation, visibility)),
                        entry.getValue().size(), entry.getValue()))
                .toList();
        return new DelegationsView(tripId, participants.size(), delegations);
    }
}
