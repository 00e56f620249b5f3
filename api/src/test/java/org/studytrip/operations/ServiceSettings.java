package org.studytrip.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The environment variables the service reads, found where the service declares what it reads (so that renaming a
 * setting in the service changes this set): the run-time properties of every Quarkus extension it carries (their
 * published configuration model), the properties of its own configuration mappings and injected settings, the JWT
 * verifier's settings, and the variables application.properties refers to by name ({@code ${STUDYTRIP_...:default}}).
 */
final class ServiceSettings {

    private static final Pattern VARIABLE_IN_EXPRESSION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Path OWN_CLASSES = Path.of("target", "classes");

    private ServiceSettings() {
    }

    /** Every variable the service reads, by its name in the environment. */
    static Set<String> variablesRead() {
        Set<String> variables = new TreeSet<>();
        quarkusRunTimeProperties(variables);
        ownProperties().forEach(property -> variables.add(variable(property)));
        jwtProperties().forEach(property -> variables.add(variable(property)));
        variables.addAll(variablesInApplicationProperties());
        return variables;
    }

    /** The MicroProfile Config name of a property in the environment: anything not a letter or digit becomes _. */
    static String variable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static void quarkusRunTimeProperties(Set<String> variables) {
        ObjectMapper json = new ObjectMapper();
        try {
            for (URL model : Collections.list(ServiceSettings.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = model.openStream()) {
                    collectRunTime(json.readTree(in), variables);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties fixed at build time are left out: setting them at deployment changes nothing. */
    private static void collectRunTime(JsonNode node, Set<String> variables) {
        if (node.isObject()) {
            JsonNode path = node.path("path");
            if (path.has("environmentVariable") && "RUN_TIME".equals(node.path("phase").asText())) {
                variables.add(path.path("environmentVariable").asText());
            }
            node.forEach(child -> collectRunTime(child, variables));
        } else if (node.isArray()) {
            node.forEach(child -> collectRunTime(child, variables));
        }
    }

    /** The properties of the service's own configuration mappings and of its injected settings. */
    private static List<String> ownProperties() {
        List<String> properties = new ArrayList<>();
        try (Stream<Path> files = Files.walk(OWN_CLASSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = OWN_CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ServiceSettings.class.getClassLoader());
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping != null) {
                    properties.addAll(ConfigMappings.getProperties(ConfigClass.configClass(type, mapping.prefix())).keySet());
                }
                properties.addAll(injected(type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static List<String> jwtProperties() {
        return injected(JWTAuthContextInfoProvider.class);
    }

    /** Names of {@code @ConfigProperty} fields and constructor parameters. */
    private static List<String> injected(Class<?> type) {
        List<AnnotatedElement> points = new ArrayList<>(List.of(type.getDeclaredFields()));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            points.addAll(List.of(constructor.getParameters()));
        }
        List<String> names = new ArrayList<>();
        for (AnnotatedElement point : points) {
            ConfigProperty property = point.getAnnotation(ConfigProperty.class);
            if (property != null && !property.name().isEmpty()) {
                names.add(property.name());
            } else if (property != null && point instanceof Field field) {
                names.add(type.getName() + "." + field.getName());
            } else if (property != null && point instanceof Parameter parameter) {
                names.add(type.getName() + "." + parameter.getName());
            }
        }
        return names;
    }

    private static Set<String> variablesInApplicationProperties() {
        Set<String> variables = new TreeSet<>();
        try {
            // Only what production reads: no comments, no lines of the dev and test profiles.
            String production = Files.readAllLines(Path.of("src", "main", "resources", "application.properties")).stream()
                    .filter(line -> !line.startsWith("#") && !line.matches("%[^.]*\\b(dev|test)\\b[^.]*\\..*"))
                    .collect(Collectors.joining("\n"));
            Matcher expression = VARIABLE_IN_EXPRESSION.matcher(production);
            while (expression.find()) {
                variables.add(expression.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }
}
