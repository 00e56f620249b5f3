package org.studytrip.sample;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.Organisation;
import org.studytrip.participant.DelegationRole;
import org.studytrip.participant.ParticipantInput;
import org.studytrip.participant.ParticipantService;
import org.studytrip.person.PersonInput;
import org.studytrip.session.SessionInput;
import org.studytrip.session.SessionService;
import org.studytrip.session.SessionStatus;
import org.studytrip.session.SessionType;
import org.studytrip.session.expert.ExpertInput;
import org.studytrip.session.expert.ExpertService;
import org.studytrip.session.venue.VenueInput;
import org.studytrip.session.venue.VenueService;
import org.studytrip.topic.Topic;
import org.studytrip.trip.Trip;

/**
 * A sample programme for the 2025 trip, so that a new installation shows a real-looking itinerary: 12 fictional
 * participants (two per sending organisation), five experts, three venues and 15 sessions over the five days.
 * Everything is marked "Sample" and names no real person. Loaded through the services (validation and change
 * log included), once: a row in sample_data remembers it, whatever is later edited or deleted.
 * STUDYTRIP_SAMPLE_DATA=true/false; on by default only with the embedded database.
 */
@ApplicationScoped
public class SampleProgramme {

    static final String NAME = "korea-2025-programme";
    private static final Logger LOG = Logger.getLogger(SampleProgramme.class);

    private final boolean enabled;
    private final EntityManager entityManager;
    private final VenueService venues;
    private final ExpertService experts;
    private final SessionService sessions;
    private final ParticipantService participants;

    SampleProgramme(@ConfigProperty(name = "studytrip.sample-data") boolean enabled, EntityManager entityManager,
            VenueService venues, ExpertService experts, SessionService sessions, ParticipantService participants) {
        this.enabled = enabled;
        this.entityManager = entityManager;
        this.venues = venues;
        this.experts = experts;
        this.sessions = sessions;
        this.participants = participants;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::loadOnce);
        }
    }

    void loadOnce() {
        if (((Number) entityManager.createNativeQuery("select count(*) from sample_data where name = ?1")
                .setParameter(1, NAME).getSingleResult()).longValue() > 0) {
            return;
        }
        Trip trip = Trip.find("code", "korea-2025").firstResult();
        if (trip == null) {
            return;
        }
        // Claim the load first: a second replica starting at the same time fails on the key and rolls back.
        entityManager.createNativeQuery("insert into sample_data (name, loaded_at) values (?1, utc_timestamp(6))")
                .setParameter(1, NAME).executeUpdate();
        String tripId = trip.id.toString();
        addParticipants(tripId);
        addSessions(tripId);
        LOG.infof("Loaded the sample programme of trip %s (STUDYTRIP_SAMPLE_DATA=false turns this off)", trip.code);
    }

    private static final String[] SENDERS = {"mee-environmental-development-center", "shangluo-government",
        "hebei-government", "changzhi-government", "shenzhen-government", "lishui-government"};
    private static final String[] NUMBERS_ZH = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private void addParticipants(String tripId) {
        for (int i = 0; i < 12; i++) {
            Organisation sender = Organisation.find("code", SENDERS[i / 2]).firstResult();
            PersonInput person = new PersonInput("Sample", "Delegate %02d".formatted(i + 1), "示例",
                    "代表" + NUMBERS_ZH[i], List.of("zh"), null, null);
            participants.create(tripId, new ParticipantInput(null, person,
                    i % 2 == 0 ? DelegationRole.HEAD_OF_DELEGATION : DelegationRole.MEMBER,
                    new LocalizedText("Sample position", "示例职务", null), sender.id));
        }
    }

    private void addSessions(String tripId) {
        UUID hall = venues.create(venue("Sample conference hall, Seoul", "예시 회의장", "서울특별시 중구 예시로 1",
                "1 Yesi-ro, Jung-gu, Seoul")).id();
        UUID centre = venues.create(venue("Sample climate adaptation centre, Suwon", "예시 기후적응센터",
                "경기도 수원시 예시로 2", "2 Yesi-ro, Suwon")).id();
        UUID park = venues.create(venue("Sample wetland park, Incheon", "예시 습지공원", "인천광역시 예시로 3",
                "3 Yesi-ro, Incheon")).id();
        List<UUID> expertIds = new ArrayList<>();
        String[][] expertTopics = {{"climate-change-adaptation"}, {"urban-resilience"}, {"building-energy-efficiency"},
            {"eco-mobility"}, {"nature-based-solutions", "citizen-engagement"}};
        for (int i = 0; i < expertTopics.length; i++) {
            String letter = String.valueOf((char) ('A' + i));
            expertIds.add(experts.create(new ExpertInput(new LocalizedText("Sample Expert " + letter, null,
                    "샘플 전문가 " + letter), new LocalizedText("Sample researcher", null, "예시 연구원"), null,
                    new LocalizedDescription("A fictional expert of the sample programme.", null, null),
                    topics(expertTopics[i]))).id());
        }
        Object[][] programme = {
            {13, "10:00", "12:00", SessionType.TRAVEL, "Arrival at Incheon and transfer to Seoul", null, List.of(), "climate-change-adaptation"},
            {13, "14:00", "15:00", SessionType.CEREMONY, "Opening of the study trip", hall, List.of(0), "climate-change-adaptation"},
            {13, "18:30", "20:30", SessionType.MEAL, "Welcome dinner", hall, List.of(), null},
            {14, "09:30", "11:00", SessionType.LECTURE, "Korea's national climate adaptation plan", hall, List.of(0), "climate-change-adaptation"},
            {14, "11:15", "12:30", SessionType.DIALOGUE, "Urban resilience: heat and floods", hall, List.of(1), "urban-resilience"},
            {14, "14:30", "17:00", SessionType.SITE_VISIT, "Visit to a climate adaptation centre", centre, List.of(0, 1), "urban-resilience"},
            {15, "09:30", "12:00", SessionType.WORKSHOP, "Building energy efficiency in public buildings", hall, List.of(2), "building-energy-efficiency"},
            {15, "13:30", "15:30", SessionType.SITE_VISIT, "Eco-mobility: cycling and public transport", centre, List.of(3), "eco-mobility"},
            {15, "16:00", "17:30", SessionType.DIALOGUE, "Public–private collaboration on climate action", hall, List.of(2, 3), "public-private-collaboration"},
            {16, "09:00", "12:00", SessionType.SITE_VISIT, "Nature-based solutions in a wetland park", park, List.of(4), "nature-based-solutions"},
            {16, "14:00", "15:30", SessionType.LECTURE, "Citizen engagement in adaptation planning", hall, List.of(4), "citizen-engagement"},
            {16, "16:00", "19:00", SessionType.FREE_TIME, "Free time in Seoul", null, List.of(), null},
            {17, "09:30", "11:00", SessionType.WORKSHOP, "Lessons for Chinese cities", hall, List.of(0, 1), "climate-change-adaptation"},
            {17, "11:15", "12:00", SessionType.CEREMONY, "Certificates and closing", hall, List.of(), null},
            {17, "14:00", "16:00", SessionType.TRAVEL, "Transfer to Incheon airport", null, List.of(), null},
        };
        for (Object[] row : programme) {
            String day = "2025-10-%02d".formatted((Integer) row[0]);
            @SuppressWarnings("unchecked")
            List<Integer> expertIndexes = (List<Integer>) row[6];
            sessions.create(tripId, new SessionInput(new LocalizedText("Sample: " + row[4], null, null), null,
                    (SessionType) row[3], OffsetDateTime.parse(day + "T" + row[1] + ":00+09:00"),
                    OffsetDateTime.parse(day + "T" + row[2] + ":00+09:00"), (UUID) row[5], null,
                    expertIndexes.stream().map(expertIds::get).toList(),
                    row[7] == null ? List.of() : topics((String) row[7]), "ko", "zh", SessionStatus.SCHEDULED, null));
        }
    }

    private static VenueInput venue(String name, String nameKo, String addressLocal, String addressEn) {
        return new VenueInput(new LocalizedText(name, null, nameKo), addressLocal, addressEn, null, null, null, null);
    }

    private static List<UUID> topics(String... codes) {
        List<UUID> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(Topic.<Topic>find("code", code).firstResult().id);
        }
        return ids;
    }
}
