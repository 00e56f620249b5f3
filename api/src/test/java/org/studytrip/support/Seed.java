package org.studytrip.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Ids of seeded records, looked up through the API by code (seeds are data, not test constants). */
public final class Seed {

    private Seed() {
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
