package org.studytrip.participant.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.problem.Problem.FieldError;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemMapper;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.text.Language;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.Preconditions.IfMatch;
import org.studytrip.common.web.Representation;
import org.studytrip.organisation.Organisation;
import org.studytrip.participant.DelegationRole;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantInput;
import org.studytrip.participant.ParticipantService;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.person.Person;
import org.studytrip.person.PersonInput;
import org.studytrip.person.PersonService;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

/**
 * A trip's roster as a spreadsheet file. Exported with the columns the caller may see (public profiles for
 * partners and participants; contact details for organisers; protected details only for organisers who ask, each
 * person's read recorded). Imported by organisers: a dry run reports every row's problems without writing; a commit
 * writes all rows or, with any problem, nothing. A row is matched to a participation of the trip by participantId,
 * else by e-mail, else by name and organisation; a matched row changes only what differs, so importing a file again
 * changes nothing. A new row whose e-mail is a known person's adds that person rather than recording them twice.
 */
@ApplicationScoped
public class RosterService {

    static final int MAX_ROWS = 1000;

    private static final IfMatch ANY_VERSION = new IfMatch(List.of(), true);
    private static final Set<RosterColumn> REQUIRED = Set.of(RosterColumn.FAMILY_NAME, RosterColumn.GIVEN_NAME, RosterColumn.ROLE);
    private static final Map<String, DelegationRole> ROLES = Arrays.stream(DelegationRole.values())
            .collect(Collectors.toMap(ApiEnums::apiValue, Function.identity()));

    private final ParticipantVisibility tripPeople;
    private final ParticipantService participants;
    private final PersonService people;
    private final Caller caller;
    private final Validator validator;
    private final ObjectMapper json;
    private final ChangeLog changeLog;

    RosterService(ParticipantVisibility tripPeople, ParticipantService participants, PersonService people, Caller caller,
            Validator validator, ObjectMapper json, ChangeLog changeLog) {
        this.changeLog = changeLog;
        this.tripPeople = tripPeople;
        this.participants = participants;
        this.people = people;
        this.caller = caller;
        this.validator = validator;
        this.json = json;
    }

    /**
     * The roster as the caller may export it: 304 without reading it when {@code If-None-Match} names its version,
     * else the file, named after the trip.
     */
    @Transactional
    public RestResponse<byte[]> export(String tripId, boolean withProtected, Language language, String ifNoneMatch) {
        Trip trip = tripPeople.peopleOf(tripId);
        if (withProtected && !caller.isOrganiser()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only organisers may export protected details.");
        }
        RosterColumn.Tier widest = !caller.isOrganiser() ? RosterColumn.Tier.PUBLIC
                : withProtected ? RosterColumn.Tier.PROTECTED : RosterColumn.Tier.CONTACT;
        String tag = TripAccess.programmeTag("roster:" + widest + ":" + language.tag(), trip.id, changeLog.head());
        RestResponse<byte[]> answer = Representation.answerOnce(tag, RosterFile.MEDIA_TYPE, language.tag(), ifNoneMatch,
                () -> file(trip, widest, language)).response();
        answer.getHeaders().add("Content-Disposition", "attachment; filename=\"" + trip.code + "-delegation.csv\"");
        return answer;
    }

    private byte[] file(Trip trip, RosterColumn.Tier widest, Language language) {
        List<Participant> roster = ParticipantService.ofTrip(trip).stream()
                .sorted(Comparator.comparing((Participant p) -> p.organisation == null ? "\uffff" : p.organisation.name.en())
                        .thenComparing(p -> p.role.ordinal())
                        .thenComparing(p -> p.person.familyName)
                        .thenComparing(p -> p.person.givenName))
                .toList();
        Map<UUID, PersonInput.ProtectedDetails> details = widest == RosterColumn.Tier.PROTECTED
                ? people.exportProtectedDetails(roster.stream().map(p -> p.person).toList()) : Map.of();
        List<RosterColumn> columns = Arrays.stream(RosterColumn.values())
                .filter(column -> column.tier.compareTo(widest) <= 0).toList();
        return RosterFile.write(columns, roster.stream()
                .map(p -> new RosterColumn.Row(p, p.person, details.get(p.person.id), language)).toList());
    }

    /**
     * Imports the file into the trip's roster, or on a dry run only says what it would do. A commit with problems
     * answers them as a 400 and writes nothing.
     */
    @Transactional
    public RosterImportReport importRoster(String tripId, String file, boolean dryRun) throws JsonProcessingException {
        Trip trip = tripPeople.peopleOf(tripId);
        RosterFile.Parsed parsed = RosterFile.read(file);
        if (parsed.records().size() > MAX_ROWS) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A roster file holds at most " + MAX_ROWS
                    + " rows; this one has " + parsed.records().size() + ". Split it.");
        }
        List<RosterImportReport.Problem> problems = new ArrayList<>();
        List<RosterColumn> columns = columns(parsed.header(), problems);
        if (!problems.isEmpty()) {
            return answer(parsed, 0, 0, 0, problems, dryRun);
        }
        List<Plan> plans = plan(trip, parsed.records(), columns, problems);
        int created = 0;
        int updated = 0;
        for (Plan plan : plans) {
            if (plan.existing() == null) {
                created++;
            } else if (!plan.personChanges().isEmpty() || plan.participationChanges().isPresent()) {
                updated++;
            }
        }
        if (problems.isEmpty() && !dryRun) {
            for (Plan plan : plans) {
                apply(tripId, plan);
            }
        }
        return answer(parsed, created, updated, plans.size() - created - updated, problems, dryRun);
    }

    private RosterImportReport answer(RosterFile.Parsed parsed, int created, int updated, int unchanged,
            List<RosterImportReport.Problem> problems, boolean dryRun) {
        problems.sort(Comparator.comparing(RosterImportReport.Problem::row)
                .thenComparing(problem -> problem.column() == null ? "" : problem.column()));
        if (!problems.isEmpty() && !dryRun) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, problems.size() + " problem(s) in the file; "
                    + "nothing was imported. A dry run (dryRun=true) lists them the same way.",
                    problems.stream().map(problem -> new FieldError("rows[" + problem.row() + "]"
                            + (problem.column() == null ? "" : "." + problem.column()), problem.code(), problem.message()))
                            .toList());
        }
        return new RosterImportReport(!dryRun && problems.isEmpty(), parsed.records().size(), created, updated, unchanged,
                problems);
    }

    /** The importable columns the header names; unknown or missing ones are problems of row 1. */
    private static List<RosterColumn> columns(List<String> header, List<RosterImportReport.Problem> problems) {
        List<RosterColumn> columns = new ArrayList<>();
        for (String name : header) {
            Optional<RosterColumn> column = RosterColumn.byHeader(name.strip());
            if (column.isEmpty()) {
                problems.add(new RosterImportReport.Problem(1, name, "unknown-column", "is no column of a roster; the "
                        + "columns are " + Arrays.stream(RosterColumn.values()).map(c -> c.header).collect(Collectors.joining(", "))));
            } else if (column.get().inputField != null) {
                columns.add(column.get());
            }
        }
        REQUIRED.stream().filter(column -> !columns.contains(column)).sorted().forEach(column -> problems.add(
                new RosterImportReport.Problem(1, column.header, "missing-column", "is required")));
        return columns;
    }

    /** What each row would do: a new participation, or changes to a matched one; problems as they are found. */
    private List<Plan> plan(Trip trip, List<CSVRecord> records, List<RosterColumn> columns,
            List<RosterImportReport.Problem> problems) throws JsonProcessingException {
        List<Participant> roster = ParticipantService.ofTrip(trip);
        Map<String, Organisation> organisations = organisations(records);
        Map<String, Person> known = knownPeople(records);
        Set<UUID> matched = new HashSet<>();
        Set<String> newEmails = new HashSet<>();
        List<Plan> plans = new ArrayList<>();
        for (CSVRecord record : records) {
            int row = (int) record.getRecordNumber() + 1;
            int before = problems.size();
            ParticipantInput wanted = input(record, row, columns, organisations, problems);
            Participant existing = wanted == null ? null : match(record, row, wanted, roster, problems);
            if (existing != null && !matched.add(existing.id)) {
                problems.add(new RosterImportReport.Problem(row, null, "duplicate", "names the same participant as an "
                        + "earlier row"));
            }
            String email = email(wanted);
            if (existing == null && email != null && !newEmails.add(email)) {
                problems.add(new RosterImportReport.Problem(row, RosterColumn.EMAIL.header, "duplicate",
                        "is the e-mail of an earlier row"));
            }
            if (problems.size() == before) {
                plans.add(plan(wanted, existing, existing == null && email != null ? known.get(email) : null, columns));
            }
        }
        return plans;
    }

    /** A row as a participation's input with its person inline, checked like a request body; null with problems. */
    private ParticipantInput input(CSVRecord record, int row, List<RosterColumn> columns,
            Map<String, Organisation> organisations, List<RosterImportReport.Problem> problems) throws JsonProcessingException {
        ObjectNode body = json.createObjectNode();
        int before = problems.size();
        for (RosterColumn column : columns) {
            String value = RosterFile.cell(record, column.header);
            if (value == null) {
                continue;
            }
            switch (column) {
                case ROLE -> {
                    if (ROLES.containsKey(value)) {
                        put(body, column.inputField, json.getNodeFactory().textNode(value));
                    } else {
                        problems.add(new RosterImportReport.Problem(row, column.header, "unknown-role",
                                "must be one of " + String.join(", ", ROLES.keySet().stream().sorted().toList())));
                    }
                }
                case ORGANISATION -> {
                    Organisation organisation = organisations.get(value.toLowerCase(Locale.ROOT));
                    if (organisation != null) {
                        put(body, column.inputField, json.getNodeFactory().textNode(organisation.id.toString()));
                    } else {
                        problems.add(new RosterImportReport.Problem(row, column.header, "unknown-organisation",
                                "names no organisation (use the organisation's code, e.g. shenzhen-government)"));
                    }
                }
                case DATE_OF_BIRTH -> {
                    try {
                        put(body, column.inputField, json.getNodeFactory().textNode(LocalDate.parse(value).toString()));
                    } catch (DateTimeParseException notADate) {
                        problems.add(new RosterImportReport.Problem(row, column.header, "not-a-date",
                                "must be a date such as 1980-05-17"));
                    }
                }
                case LANGUAGES -> {
                    ArrayNode languages = json.createArrayNode();
                    Arrays.stream(value.split("[;,]")).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(languages::add);
                    put(body, column.inputField, languages);
                }
                default -> put(body, column.inputField, json.getNodeFactory().textNode(value));
            }
        }
        // The rest of the row is checked too, so that one pass reports all its problems; a column already reported
        // (its value left out) is not reported again as missing.
        Set<String> reported = problems.subList(before, problems.size()).stream().map(RosterImportReport.Problem::column)
                .collect(Collectors.toSet());
        ParticipantInput input = json.treeToValue(body, ParticipantInput.class);
        validator.validate(input).stream().map(ProblemMapper::fieldError)
                .map(error -> new RosterImportReport.Problem(row, columnOf(error.field()), error.code(), error.message()))
                .filter(problem -> !reported.contains(problem.column()))
                .forEach(problems::add);
        if (input.person() == null) {
            problems.add(new RosterImportReport.Problem(row, RosterColumn.FAMILY_NAME.header, "not-blank", "must not be blank"));
        }
        return problems.size() > before ? null : input;
    }

    /**
     * The participation of the trip the row names: by its id; else by e-mail; else by name and organisation. None:
     * a new one. A participantId that is not one of the trip's is a problem, as is a name that fits several.
     */
    private static Participant match(CSVRecord record, int row, ParticipantInput wanted, List<Participant> roster,
            List<RosterImportReport.Problem> problems) {
        String id = RosterFile.cell(record, RosterColumn.PARTICIPANT_ID.header);
        if (id != null) {
            UUID uuid = CrudService.parseId(id);
            Optional<Participant> byId = roster.stream().filter(p -> p.id.equals(uuid)).findFirst();
            if (byId.isEmpty()) {
                problems.add(new RosterImportReport.Problem(row, RosterColumn.PARTICIPANT_ID.header, "unknown-participant",
                        "is no participant of this trip; leave it empty to add someone"));
            }
            return byId.orElse(null);
        }
        String email = email(wanted);
        if (email != null) {
            Optional<Participant> byEmail = roster.stream()
                    .filter(p -> p.person.email != null && p.person.email.equalsIgnoreCase(email)).findFirst();
            if (byEmail.isPresent()) {
                return byEmail.get();
            }
        }
        PersonInput person = wanted.person();
        List<Participant> byName = roster.stream()
                .filter(p -> p.person.familyName.equalsIgnoreCase(person.familyName())
                        && p.person.givenName.equalsIgnoreCase(person.givenName())
                        && Objects.equals(p.organisation == null ? null : p.organisation.id, wanted.organisationId()))
                .toList();
        if (byName.size() > 1) {
            problems.add(new RosterImportReport.Problem(row, RosterColumn.FAMILY_NAME.header, "ambiguous",
                    "fits " + byName.size() + " participants of the same organisation; add participantId or email"));
            return null;
        }
        return byName.isEmpty() ? null : byName.get(0);
    }

    private Plan plan(ParticipantInput wanted, Participant existing, Person known, List<RosterColumn> columns)
            throws JsonProcessingException {
        List<String> personFields = columns.stream().filter(RosterColumn::ofPerson).map(RosterColumn::pointer).toList();
        List<String> participationFields = columns.stream().filter(column -> !column.ofPerson()).map(RosterColumn::pointer).toList();
        Person person = existing != null ? existing.person : known;
        Optional<String> personChanges = person == null ? Optional.empty()
                : people.changesTowards(person, wanted.person(), personFields);
        Optional<String> participationChanges = existing == null ? Optional.empty()
                : participants.changesTowards(existing, new ParticipantInput(existing.person.id, null, wanted.role(),
                        wanted.position(), wanted.organisationId()), participationFields);
        return new Plan(wanted, existing, person, personChanges.map(List::of).orElse(List.of()), participationChanges);
    }

    private void apply(String tripId, Plan plan) throws JsonProcessingException {
        for (String changes : plan.personChanges()) {
            people.patch(plan.person().id.toString(), ANY_VERSION, changes);
        }
        if (plan.existing() == null) {
            ParticipantInput wanted = plan.wanted();
            participants.create(tripId, plan.person() == null ? wanted
                    : new ParticipantInput(plan.person().id, null, wanted.role(), wanted.position(), wanted.organisationId()));
        } else if (plan.participationChanges().isPresent()) {
            participants.patch(plan.existing().id.toString(), ANY_VERSION, plan.participationChanges().get());
        }
    }

    /** A row's work: add {@code wanted} (for {@code person} when known), or change {@code existing} where it differs. */
    private record Plan(ParticipantInput wanted, Participant existing, Person person, List<String> personChanges,
            Optional<String> participationChanges) {
    }

    private Map<String, Organisation> organisations(List<CSVRecord> records) {
        Set<String> codes = records.stream().map(record -> RosterFile.cell(record, RosterColumn.ORGANISATION.header))
                .filter(Objects::nonNull).map(code -> code.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return codes.isEmpty() ? Map.of() : Organisation.<Organisation>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(organisation -> organisation.code.toLowerCase(Locale.ROOT), Function.identity()));
    }

    /** People already recorded under the e-mails of the file, by e-mail in lower case. */
    private static Map<String, Person> knownPeople(List<CSVRecord> records) {
        Set<String> emails = records.stream().map(record -> RosterFile.cell(record, RosterColumn.EMAIL.header))
                .filter(Objects::nonNull).map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Person> known = new HashMap<>();
        if (!emails.isEmpty()) {
            Person.<Person>list("lower(email) in ?1 and erasedAt is null", emails)
                    .forEach(person -> known.putIfAbsent(person.email.toLowerCase(Locale.ROOT), person));
        }
        return known;
    }

    private static String email(ParticipantInput input) {
        return input == null || input.person() == null || input.person().contact() == null
                || input.person().contact().email() == null ? null : input.person().contact().email().toLowerCase(Locale.ROOT);
    }

    /** The column that fills the field a validation error names ({@code person.contact.email}, {@code person.languages[1]}). */
    private static String columnOf(String field) {
        return Arrays.stream(RosterColumn.values())
                .filter(column -> column.inputField != null && (field.equals(column.inputField)
                        || field.startsWith(column.inputField + "[") || field.startsWith(column.inputField + ".")))
                .map(column -> column.header).findFirst().orElse(null);
    }

    private static void put(ObjectNode body, String dotted, JsonNode value) {
        String[] path = dotted.split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        parent.set(path[path.length - 1], value);
    }
}
