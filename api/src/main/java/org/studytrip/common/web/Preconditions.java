package org.studytrip.common.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;

/**
 * ETags from versions, {@code If-None-Match} on reads and the {@code If-Match} that every write must carry, so
 * two organisers editing at once never silently overwrite each other.
 */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"([^\"]*)\"\\s*");

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** True when {@code If-None-Match} names the tag (or is *): the client's copy is current. */
    public static boolean matchesNoneMatch(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        // What phones send nearly always: the one tag they were given, as it was given.
        String value = tag.getValue();
        if (ifNoneMatch.length() == value.length() + 2 && ifNoneMatch.startsWith(value, 1)
                && ifNoneMatch.charAt(0) == '"' && ifNoneMatch.charAt(ifNoneMatch.length() - 1) == '"') {
            return true;
        }
        return ifNoneMatch.trim().equals("*") || parseList(ifNoneMatch, "If-None-Match").contains(value);
    }

    /** Parses the {@code If-Match} of a write: missing → 428, unreadable → 400. */
    public static IfMatch ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read, so that no one else's change is overwritten.");
        }
        if (header.trim().equals("*")) {
            return new IfMatch(List.of(), true);
        }
        return new IfMatch(parseList(header, "If-Match"), false);
    }

    private static List<String> parseList(String header, String name) {
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            Matcher matcher = TAG.matcher(part);
            if (!matcher.matches()) {
                throw new ProblemException(ProblemType.INVALID_HEADER,
                        name + " must be a list of quoted entity tags such as \"3\", or *.");
            }
            tags.add(matcher.group(1));
        }
        return tags;
    }

    /** The versions a client expects; {@link #check} answers 412 when the stored one differs. */
    public record IfMatch(List<String> tags, boolean any) {

        public void check(long currentVersion) {
            if (!any && !tags.contains(Long.toString(currentVersion))) {
                throw new ProblemException(ProblemType.VERSION_CONFLICT,
                        "This resource was changed by someone else: it is now at ETag \"" + currentVersion
                                + "\", not " + String.join(", ", tags.stream().map(t -> "\"" + t + "\"").toList())
                                + ". Fetch it again and reapply your change.");
            }
        }
    }
}
