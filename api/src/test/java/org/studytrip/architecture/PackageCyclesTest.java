package org.studytrip.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One aggregate per package, and no package that needs another which needs it back: the packages of the main code
 * and the references between them (imports and qualified names in the source), with every cycle reported.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.studytrip(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();
        List<List<String>> cycles = new Cycles(dependencies).find();
        assertTrue(dependencies.size() > 20, "the packages were read: " + dependencies.keySet());
        assertEquals(List.of(), cycles, "packages that depend on each other, each cycle listed once");
    }

    @Test
    void aCycleIsFound() {
        var cycles = new Cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"))).find();
        assertEquals(List.of(List.of("a", "b", "c")), cycles);
    }

    /** Package → the packages its files refer to (the package itself left out). */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                Set<String> used = dependencies.computeIfAbsent(own, name -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file).replaceFirst("(?m)^package .*$", ""));
                while (reference.find()) {
                    if (!reference.group(1).equals(own)) {
                        used.add(reference.group(1));
                    }
                }
            }
        }
        return dependencies;
    }

    /** Strongly connected components of more than one package (Tarjan), each sorted, in order of their first. */
    private static final class Cycles {

        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> lowLink = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> found = new ArrayList<>();

        Cycles(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> find() {
            new TreeSet<>(graph.keySet()).forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
            return found;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (stack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    found.add(component.stream().sorted().toList());
                }
            }
        }
    }
}
