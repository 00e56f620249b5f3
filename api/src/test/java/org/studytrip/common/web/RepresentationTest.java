package org.studytrip.common.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void acceptEncodingIsReadAsRfc9110Says() {
        assertTrue(Representation.accepts("gzip, deflate, br", "br"));
        assertTrue(Representation.accepts("GZIP", "gzip"));
        assertTrue(Representation.accepts("*", "br"));
        assertTrue(Representation.accepts("br;q=0.5", "br"));
        assertFalse(Representation.accepts("br;q=0", "br"));
        assertFalse(Representation.accepts("br; q=0.000, gzip", "br"));
        assertFalse(Representation.accepts("*, br;q=0", "br"), "a coding refused by name is refused whatever * says");
        assertFalse(Representation.accepts("*;q=0", "gzip"));
        assertFalse(Representation.accepts("identity", "gzip"));
        assertFalse(Representation.accepts(null, "gzip"));
        assertFalse(Representation.accepts("", "gzip"));
    }

    @Test
    void aTinyRepresentationIsKeptAndSentOnlyAsItIs() {
        byte[] json = "{\"days\":[]}".getBytes(StandardCharsets.UTF_8);
        Representation.Answer answer = Representation.of("v1", json).answer(null, "br, gzip");
        assertNull(answer.coding());
        assertArrayEquals(json, answer.body());
        assertEquals(json.length, Representation.of("v1", json).size());
    }

    @Test
    void aMatchingTagIsNotModifiedWhateverTheCoding() {
        Representation representation = Representation.of("v2", "{}".repeat(800).getBytes(StandardCharsets.UTF_8));
        assertTrue(representation.answer("\"v2\"", "gzip").notModified());
        assertTrue(representation.answer("W/\"v1\", \"v2\"", null).notModified());
        assertFalse(representation.answer("\"v1\"", "gzip").notModified());
        assertEquals(Representation.Coding.GZIP, representation.answer("\"v1\"", "gzip").coding());
    }
}
