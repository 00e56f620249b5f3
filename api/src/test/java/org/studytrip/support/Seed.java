package org.studytrip.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Ids of seeded records, looked up through the API by code (seeds are data, not test constants). */
public final class Seed {

    private Seed() {
    }

    private static final List<String> CITIES = List.of("shangluo", "hebei", "changzhi", "shenzhen", "lishui");
    /** Local governments first: row 0 alone then links to a city, as the 50 rows do. */
    private static final List<String> ORGANISATIONS = List.of("shenzhen-government", "shangluo-government",
            "hebei-government", "iclei-east-asia", "changzhi-government", "mee-environmental-development-center",
            "lishui-government");
    private static final List<String> TOPICS = List.of("climate-change-adaptation", "public-private-collaboration",
            "urban-resilience", "building-energy-efficiency", "eco-mobility", "nature-based-solutions", "citizen-engagement");

    /** A seeded city, organisation or topic per row, so that rows link to different records. */
    public static String cityForRow(int row) {
        return cityId(CITIES.get(row % CITIES.size()));
    }

    public static String organisationForRow(int row) {
        return organisationId(ORGANISATIONS.get(row % ORGANISATIONS.size()));
    }

    public static String topicForRow(int row) {
        return topicId(TOPICS.get(row % TOPICS.size()));
    }

    public static String cityId(String code) {
        return idByCode("/api/v1/cities", code);
    }

    public static String topicId(String code) {
        return idByCode("/api/v1/topics", code);
    }

    public static String organisationId(String code) {
        return idByCode("/api/v1/organisations", code);
    }

    public static String tripId(String code) {
        return idByCode("/api/v1/trips", code);
    }

    private static final Map<String, String> IDS = new ConcurrentHashMap<>();

    private static String idByCode(String path, String code) {
        return IDS.computeIfAbsent(path + "/" + code, key -> lookUp(path, code));
    }

    private static String lookUp(String path, String code) {
        return given().get(path + "?size=100&q=" + code).then().statusCode(200)
                .extract().path("items.find { it.code == '" + code + "' }.id");
    }
}
