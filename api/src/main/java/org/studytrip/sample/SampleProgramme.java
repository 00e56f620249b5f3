package org.studytrip.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.studytrip.attendance.Attendance;
import org.studytrip.attendance.AttendanceStatus;
import org.studytrip.certificate.CertificateService;
import org.studytrip.common.problem.DatabaseFailures;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.Preconditions.IfMatch;
import org.studytrip.organisation.Organisation;
import org.studytrip.participant.DelegationRole;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantInput;
import org.studytrip.participant.ParticipantService;
import org.studytrip.person.PersonInput;
import org.studytrip.session.Session;
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
import org.studytrip.trip.TripService;

/**
 * A sample programme for the 2025 trip, so that a new installation shows a real-looking itinerary: 12 fictional
 * participants (two per sending organisation), five experts, three venues and 15 sessions over the five days, the
 * week's attendance and the certificates it earns.
 * Everything is marked "Sample" and names no real person. Loaded through the services (validation and change
 * log included), once: a row in sample_data remembers it, whatever is later edited or deleted.
 * STUDYTRIP_SAMPLE_DATA=true/false; on by default only with the embedded database.
 */
@ApplicationScoped
public class SampleProgramme {

    static final String NAME = "korea-2025-programme";
    private static final IfMatch ANY_VERSION = new IfMatch(List.of(), true);
    private static final Logger LOG = Logger.getLogger(SampleProgramme.class);
    /** Each waits up to the lock wait (2 s) on a loading instance's claim: a minute in all. */
    private static final int LOAD_ATTEMPTS = 30;
    /** The opening and the closing workshop: a certificate needs both attended. */
    private static final Set<Integer> MANDATORY = Set.of(1, 12);

    private final boolean enabled;
    private final EntityManager entityManager;
    private final VenueService venues;
    private final ExpertService experts;
    private final SessionService sessions;
    private final ParticipantService participants;
    private final TripService trips;
    private final CertificateService certificates;

    SampleProgramme(@ConfigProperty(name = "studytrip.sample-data") boolean enabled, EntityManager entityManager,
            VenueService venues, ExpertService experts, SessionService sessions, ParticipantService participants,
            TripService trips, CertificateService certificates) {
        this.trips = trips;
        this.certificates = certificates;
        this.enabled = enabled;
        this.entityManager = entityManager;
        this.venues = venues;
        this.experts = experts;
        this.sessions = sessions;
        this.participants = participants;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(this::loadOnce);
                return;
            } catch (RuntimeException failure) {
                // Another instance starting at the same moment is loading it: its claim holds ours up until the lock
                // wait ends (2 s), or has just been committed. The next attempt finds the programme loaded.
                boolean claimedElsewhere = DatabaseFailures.lockConflict(failure) || DatabaseFailures.duplicateKey(failure);
                if (!claimedElsewhere || attempt == LOAD_ATTEMPTS) {
                    throw failure;
                }
                LOG.infof("The sample programme is being loaded by another instance; asking again (%d)", attempt);
            }
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
        // Claim the load first: a second replica starting at the same time waits on the key, then fails and asks again.
        entityManager.createNativeQuery("insert into sample_data (name, loaded_at) values (?1, utc_timestamp(6))")
                .setParameter(1, NAME).executeUpdate();
        String tripId = trip.id.toString();
        addParticipants(tripId);
        addSessions(tripId);
        addTranslations(trip);
        addAttendanceAndCertificates(trip);
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

    /** What each session of the programme is about, in the order of {@code programme}; translations are sample ones. */
    private static final String[][] DESCRIPTIONS = {
        {"The delegation lands at Incheon and travels to the hotel in Seoul.", "代表团抵达仁川，前往首尔酒店。（示例译文）", "대표단이 인천에 도착해 서울의 호텔로 이동합니다. (예시 번역)"},
        {"Welcome by the host and the secretariat; the week's aims and programme.", "东道方与秘书处致欢迎辞；介绍本周目标与日程。（示例译文）", "주최 측과 사무국의 환영사, 이번 주의 목표와 일정 소개. (예시 번역)"},
        {"Dinner with the hosts.", "与东道方共进晚餐。（示例译文）", "주최 측과 함께하는 만찬. (예시 번역)"},
        {"How Korea plans for a changing climate: the national plan and how cities take it up.", "韩国如何应对气候变化：国家计划及城市的落实。（示例译文）", "한국의 기후변화 대응 계획: 국가 계획과 도시의 이행. (예시 번역)"},
        {"Experts and delegates compare how their cities prepare for heat waves and floods.", "专家与代表交流各自城市应对高温和洪涝的做法。（示例译文）", "전문가와 대표단이 각 도시의 폭염·홍수 대비를 비교합니다. (예시 번역)"},
        {"A visit to a centre that monitors climate risks and advises local governments.", "参访一家监测气候风险并为地方政府提供咨询的中心。（示例译文）", "기후 위험을 관측하고 지방정부에 자문하는 센터를 방문합니다. (예시 번역)"},
        {"Retrofitting public buildings: standards, financing and measured savings.", "公共建筑节能改造：标准、融资与实测节能效果。（示例译文）", "공공건물 그린 리모델링: 기준, 재원, 실측 절감 효과. (예시 번역)"},
        {"Cycling lanes, buses and how a city shifts trips away from cars.", "自行车道、公交以及城市如何减少小汽车出行。（示例译文）", "자전거 도로, 버스, 그리고 승용차 이용을 줄이는 도시의 방법. (예시 번역)"},
        {"Companies and city governments on sharing the costs and risks of climate action.", "企业与城市政府探讨如何分担气候行动的成本与风险。（示例译文）", "기업과 도시 정부가 기후행동의 비용과 위험 분담을 논의합니다. (예시 번역)"},
        {"A wetland park that stores flood water and cools the city.", "一个可蓄洪并为城市降温的湿地公园。（示例译文）", "홍수를 저장하고 도시를 식히는 습지공원. (예시 번역)"},
        {"How residents take part in planning for climate adaptation.", "居民如何参与气候适应规划。（示例译文）", "주민이 기후적응 계획에 참여하는 방법. (예시 번역)"},
        {"Time of one's own in Seoul.", "在首尔自由安排时间。（示例译文）", "서울에서 자유롭게 보내는 시간. (예시 번역)"},
        {"Delegates draw lessons for their own cities and present them.", "代表们总结对本市的启示并进行分享。（示例译文）", "대표단이 자기 도시를 위한 시사점을 정리해 발표합니다. (예시 번역)"},
        {"Programme certificates are handed over; closing words.", "颁发项目证书；闭幕致辞。（示例译文）", "연수 수료증 수여와 폐회사. (예시 번역)"},
        {"Transfer to Incheon airport for the flights home.", "前往仁川机场返程。（示例译文）", "귀국 항공편을 위해 인천공항으로 이동합니다. (예시 번역)"},
    };

    private void addSessions(String tripId) {
        UUID hall = venues.create(venue("Sample conference hall, Seoul", "示例会议厅（首尔）", "예시 회의장",
                "서울특별시 중구 예시로 1", "1 Yesi-ro, Jung-gu, Seoul")).id();
        UUID centre = venues.create(venue("Sample climate adaptation centre, Suwon", "示例气候适应中心（水原）",
                "예시 기후적응센터", "경기도 수원시 예시로 2", "2 Yesi-ro, Suwon")).id();
        UUID park = venues.create(venue("Sample wetland park, Incheon", "示例湿地公园（仁川）", "예시 습지공원",
                "인천광역시 예시로 3", "3 Yesi-ro, Incheon")).id();
        List<UUID> expertIds = new ArrayList<>();
        String[][] expertTopics = {{"climate-change-adaptation"}, {"urban-resilience"}, {"building-energy-efficiency"},
            {"eco-mobility"}, {"nature-based-solutions", "citizen-engagement"}};
        for (int i = 0; i < expertTopics.length; i++) {
            String letter = String.valueOf((char) ('A' + i));
            expertIds.add(experts.create(new ExpertInput(new LocalizedText("Sample Expert " + letter,
                    "示例专家 " + letter, "샘플 전문가 " + letter),
                    new LocalizedText("Sample researcher", "示例研究员", "예시 연구원"), null,
                    new LocalizedDescription("A fictional expert of the sample programme.", "示例项目中的虚构专家。",
                            "예시 프로그램의 가상 전문가입니다."),
                    topics(expertTopics[i]))).id());
        }
        // Titles in English, Chinese and Korean; the translations are sample translations, marked as such like
        // everything else here ("Sample:", "示例：", "예시:").
        Object[][] programme = {
            {13, "10:00", "12:00", SessionType.TRAVEL, "Arrival at Incheon and transfer to Seoul", "抵达仁川并前往首尔", "인천 도착 및 서울 이동", null, List.of(), "climate-change-adaptation"},
            {13, "14:00", "15:00", SessionType.CEREMONY, "Opening of the study trip", "考察活动开幕式", "연수 개회식", hall, List.of(0), "climate-change-adaptation"},
            {13, "18:30", "20:30", SessionType.MEAL, "Welcome dinner", "欢迎晚宴", "환영 만찬", hall, List.of(), null},
            {14, "09:30", "11:00", SessionType.LECTURE, "Korea's national climate adaptation plan", "韩国国家气候适应计划", "한국의 국가 기후위기 적응대책", hall, List.of(0), "climate-change-adaptation"},
            {14, "11:15", "12:30", SessionType.DIALOGUE, "Urban resilience: heat and floods", "城市韧性：高温与洪涝", "도시 회복력: 폭염과 홍수", hall, List.of(1), "urban-resilience"},
            {14, "14:30", "17:00", SessionType.SITE_VISIT, "Visit to a climate adaptation centre", "参访气候适应中心", "기후적응센터 방문", centre, List.of(0, 1), "urban-resilience"},
            {15, "09:30", "12:00", SessionType.WORKSHOP, "Building energy efficiency in public buildings", "公共建筑节能", "공공건물의 에너지 효율", hall, List.of(2), "building-energy-efficiency"},
            {15, "13:30", "15:30", SessionType.SITE_VISIT, "Eco-mobility: cycling and public transport", "绿色出行：自行车与公共交通", "친환경 교통: 자전거와 대중교통", centre, List.of(3), "eco-mobility"},
            {15, "16:00", "17:30", SessionType.DIALOGUE, "Public–private collaboration on climate action", "气候行动中的政企合作", "기후행동을 위한 민관 협력", hall, List.of(2, 3), "public-private-collaboration"},
            {16, "09:00", "12:00", SessionType.SITE_VISIT, "Nature-based solutions in a wetland park", "湿地公园中的基于自然的解决方案", "습지공원의 자연기반해법", park, List.of(4), "nature-based-solutions"},
            {16, "14:00", "15:30", SessionType.LECTURE, "Citizen engagement in adaptation planning", "适应规划中的公众参与", "적응 계획의 시민 참여", hall, List.of(4), "citizen-engagement"},
            {16, "16:00", "19:00", SessionType.FREE_TIME, "Free time in Seoul", "首尔自由活动", "서울 자유 시간", null, List.of(), null},
            {17, "09:30", "11:00", SessionType.WORKSHOP, "Lessons for Chinese cities", "对中国城市的启示", "중국 도시를 위한 시사점", hall, List.of(0, 1), "climate-change-adaptation"},
            {17, "11:15", "12:00", SessionType.CEREMONY, "Certificates and closing", "颁发证书及闭幕", "수료증 수여 및 폐회", hall, List.of(), null},
            {17, "14:00", "16:00", SessionType.TRAVEL, "Transfer to Incheon airport", "前往仁川机场", "인천공항 이동", null, List.of(), null},
        };
        for (int index = 0; index < programme.length; index++) {
            Object[] row = programme[index];
            String[] description = DESCRIPTIONS[index];
            String day = "2025-10-%02d".formatted((Integer) row[0]);
            @SuppressWarnings("unchecked")
            List<Integer> expertIndexes = (List<Integer>) row[8];
            sessions.create(tripId, new SessionInput(
                    new LocalizedText("Sample: " + row[4], "示例：" + row[5], "예시: " + row[6]),
                    new LocalizedDescription(description[0], description[1], description[2]),
                    (SessionType) row[3], OffsetDateTime.parse(day + "T" + row[1] + ":00+09:00"),
                    OffsetDateTime.parse(day + "T" + row[2] + ":00+09:00"), (UUID) row[7], null,
                    expertIndexes.stream().map(expertIds::get).toList(),
                    row[9] == null ? List.of() : topics((String) row[9]), "ko", "zh", SessionStatus.SCHEDULED, null,
                    MANDATORY.contains(index)));
        }
    }

    /**
     * The week's attendance and the certificates it earns: nine delegates attended every session that counts (two
     * came late once), Sample Delegate 10 missed three of them and Sample Delegate 11 the opening, which is
     * mandatory; so the app shows who is eligible, who is not and why, and ten certificates.
     */
    private void addAttendanceAndCertificates(Trip trip) {
        List<Participant> delegates = Participant.delegatesOf(trip);
        List<Session> counted = Session.<Session>list("trip = ?1 order by startsAt", trip).stream()
                .filter(session -> session.mandatory || trip.certificateSessionTypes.contains(ApiEnums.apiValue(session.type)))
                .toList();
        for (int delegate = 0; delegate < delegates.size(); delegate++) {
            for (int index = 0; index < counted.size(); index++) {
                Session session = counted.get(index);
                Attendance mark = new Attendance();
                mark.session = session;
                mark.participant = delegates.get(delegate);
                mark.status = delegate == 9 && index >= 1 && index <= 3 ? AttendanceStatus.ABSENT
                        : delegate == 10 && index == 0 ? AttendanceStatus.EXCUSED
                        : (delegate == 3 || delegate == 6) && index == 2 ? AttendanceStatus.LATE
                        : AttendanceStatus.PRESENT;
                mark.method = Attendance.Method.ORGANISER;
                mark.markedAt = session.startsAt.plusSeconds(300);
                mark.markedBy = "sample";
                mark.persist();
            }
        }
        certificates.issueAll(trip, "sample");
    }

    /** The trip's title in Chinese and Korean (sample translations, marked so) where the seed data has none. */
    private void addTranslations(Trip trip) {
        if (trip.title.zh() != null || trip.title.ko() != null) {
            return;
        }
        try {
            trips.patch(trip.id.toString(), ANY_VERSION, """
                    {"title": {"zh": "韩国气候变化适应与城市韧性考察（示例译文）",
                               "ko": "한국 기후변화 적응 및 도시 회복력 연수 (예시 번역)"}}""");
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static VenueInput venue(String name, String nameZh, String nameKo, String addressLocal, String addressEn) {
        return new VenueInput(new LocalizedText(name, nameZh, nameKo), addressLocal, addressEn, null, null, null, null);
    }

    private static List<UUID> topics(String... codes) {
        List<UUID> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(Topic.<Topic>find("code", code).firstResult().id);
        }
        return ids;
    }
}
