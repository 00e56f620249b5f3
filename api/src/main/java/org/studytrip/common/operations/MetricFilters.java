package org.studytrip.common.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the metrics may say. Request metrics are labelled by route: a path that names no route of the service (a
 * scanner's guess, a typo) is counted as UNKNOWN and a method outside HTTP's own as OTHER, so that junk requests
 * never fill the label budget and legitimate routes are always recorded. The JVM's version is not published.
 */
public class MetricFilters {

    static final String UNKNOWN = "UNKNOWN";
    /** What Micrometer itself puts in the uri label when there is no route to name. */
    private static final Set<String> PLACEHOLDERS = Set.of("NOT_FOUND", "REDIRECTION", "root", UNKNOWN);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** Bucket bounds of request durations, in nanoseconds (Micrometer's base unit for timers). */
    private static final double[] REQUEST_DURATION_BUCKETS = Arrays.stream(new double[] {0.005, 0.01, 0.025, 0.05, 0.1,
            0.25, 0.5, 1, 2.5, 5, 10}).map(seconds -> seconds * 1e9).toArray();
    private static final Set<String> OPERATIONS_ROUTES = Set.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/openapi");

    @Produces
    @Singleton
    MeterFilter knownRoutesOnly(BeanManager beans) {
        Set<String> routes = new HashSet<>(OPERATIONS_ROUTES);
        routes.addAll(routes(beans));
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream().map(tag -> switch (tag.getKey()) {
                    case "uri" -> routes.contains(tag.getValue()) || PLACEHOLDERS.contains(tag.getValue()) ? tag
                            : Tag.of("uri", UNKNOWN);
                    case "method" -> METHODS.contains(tag.getValue()) ? tag : Tag.of("method", "OTHER");
                    default -> tag;
                }).toList();
                return id.replaceTags(tags);
            }
        };
    }

    /**
     * Request durations as a Prometheus histogram with a few fixed buckets (5 ms to 10 s), which sum across replicas and
     * routes, rather than a quantile per replica or the hundreds of buckets of Micrometer's own histogram per route.
     */
    @Produces
    @Singleton
    MeterFilter requestDurationBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(REQUEST_DURATION_BUCKETS)
                        .build().merge(config);
            }
        };
    }

    @Produces
    @Singleton
    MeterFilter noRuntimeVersion() {
        return MeterFilter.denyNameStartsWith("jvm.info");
    }

    /** The REST routes as their templates ({@code /api/v1/trips/{id}}), read from the resources' annotations. */
    private static Set<String> routes(BeanManager beans) {
        Set<String> routes = new HashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                if (isOperation(method)) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(join(root.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return routes;
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
