package org.studytrip.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ResourceConventionsTest;

@QuarkusTest
class TopicResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/topics";
    }

    @Override
    protected String table() {
        return "topic";
    }

    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"name": {"zh": "测试主题"}, "description": {"en": "What the topic covers.", "ko": "주제 설명"}}""");
        body.put("code", code);
        body.with("name").put("en", englishName);
        return body;
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "name", "name.en");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("code", 64, "name.en", 200, "name.ko", 200, "description.en", 4000, "description.zh", 4000);
    }

    @Test
    void theSevenTopicsOfTheArticleAreSeeded() {
        for (String code : List.of("climate-change-adaptation", "public-private-collaboration", "urban-resilience",
                "building-energy-efficiency", "eco-mobility", "nature-based-solutions", "citizen-engagement")) {
            given().get(path() + "?q=" + code).then().statusCode(200).body("items.code", hasItems(code));
        }
        given().get(path() + "?q=韧性").then().body("items.code", contains("urban-resilience"));
    }

    @Test
    void descriptionIsOptionalAndCanBeRemovedByPatch() {
        ObjectNode body = validBody(uniqueCode("desc"), "Described");
        String id = create(body).path("id");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"description\": null}")
                .patch(path() + "/" + id).then().statusCode(200).body("description", equalTo(null));
    }

    @Test
    void codesMustBeLowerCaseWordsJoinedByHyphens() {
        for (String code : List.of("Urban", "urban resilience", "urban--resilience", "-urban", "x")) {
            ObjectNode body = validBody(code, "Bad code");
            given().contentType("application/json").body(body.toString()).post(path()).then().statusCode(400)
                    .body("errors[0].field", equalTo("code"));
        }
    }
}
