package org.studytrip.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.ContractValidation;

/**
 * The examples the contract carries (recorded from the sample programme: the reference shows them, the mock answers
 * them) are answers the contract allows: each is validated as the operation's 200 answer, as real answers are.
 */
class ContractExamplesTest {

    @Test
    void everyExampleIsAnAnswerTheContractAllows() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile()).get("paths");
        ObjectMapper json = new ObjectMapper();
        List<String> checked = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode examples = method.getValue().path("responses").path("200").path("content").path("application/json")
                    .path("examples");
            examples.fields().forEachRemaining(example -> {
                String url = path.getKey().replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
                try {
                    ContractValidation.validate(method.getKey().toUpperCase(), url, 200,
                            Map.of("Content-Type", List.of("application/json")),
                            json.writeValueAsString(example.getValue().get("value")));
                } catch (IOException impossible) {
                    throw new IllegalStateException(impossible);
                }
                checked.add(method.getValue().get("operationId").asText());
            });
        }));
        assertTrue(checked.containsAll(List.of("getItinerary", "listTrips", "getSession", "listSessions")),
                "the examples of the main reads are there: " + checked);
    }
}
