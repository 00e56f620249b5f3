package org.studytrip.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests against the service they deploy: both overlays render (kubectl kustomize), every object
 * parses into the Kubernetes API's own types with no field left over (a misspelling is caught), and what they say of
 * the service is what the service does: its ports, the paths its probes and scraper ask, the variables it reads, and
 * a shutdown that fits in the grace period.
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path OVERLAYS = Path.of("..", "k8s", "overlays");
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsKnownToKubernetesWithNoMisspelledField(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        assertTrue(objects.size() >= 10, overlay + " rendered: " + objects.size());
        for (HasMetadata object : objects) {
            assertFalse(object instanceof GenericKubernetesResource, "a kind Kubernetes does not know: " + describe(object));
            assertEquals(List.of(), unknownFields(object), "fields Kubernetes does not know in " + describe(object));
        }
        assertTrue(objects.stream().noneMatch(Secret.class::isInstance), "secrets are never in the repository");
    }

    /** The check above can fail: a field written wrong is found, however deep. */
    @Test
    void aMisspelledFieldIsFound() {
        HasMetadata object = KUBERNETES.unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: api
                          image: x
                          readinessProbe: {httpGet: {path: /q/health/ready, port: http}, periodSecond: 5}
                """, HasMetadata.class);
        assertEquals(List.of("spec.template.spec.containers[0].readinessProbe.periodSecond"), unknownFields(object));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theApiDeploymentMatchesWhatTheServiceServesAndReads(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Deployment deployment = one(objects, Deployment.class, "studytrip-api");
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container api = pod.getContainers().get(0);
        Map<String, String> environment = environment(objects, api);
        SmallRyeConfig service = serviceConfiguration(environment);

        // Ports: the ones the service listens on with this environment.
        int http = service.getValue("quarkus.http.port", Integer.class);
        int managementPort = service.getValue("quarkus.management.port", Integer.class);
        assertEquals(Map.of("http", http, "management", managementPort), ports(api));

        // Every variable the manifests set is one the service reads at run time.
        Set<String> read = ServiceSettings.variablesRead();
        Set<String> unread = new TreeSet<>(environment.keySet());
        unread.removeAll(read);
        assertEquals(Set.of(), unread, "variables set in " + overlay + " that the service does not read");
        for (String secret : List.of("QUARKUS_DATASOURCE_PASSWORD", "STUDYTRIP_ENCRYPTION_KEYS", "MP_JWT_VERIFY_ISSUER")) {
            EnvVar variable = api.getEnv().stream().filter(env -> env.getName().equals(secret)).findFirst().orElseThrow();
            assertNotNull(variable.getValueFrom().getSecretKeyRef(), secret + " comes from a Secret, by reference");
        }

        // Probes: on the service's port, at paths it answers; liveness never looks at the database.
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("startup", api.getStartupProbe());
        probes.put("readiness", api.getReadinessProbe());
        probes.put("liveness", api.getLivenessProbe());
        probes.forEach((kind, probe) -> {
            assertNotNull(probe, kind + " probe");
            assertEquals(http, port(api, probe.getHttpGet().getPort()), kind + " probe's port");
            given().get(probe.getHttpGet().getPath()).then().statusCode(200);
        });
        assertEquals("/q/health/ready", probes.get("readiness").getHttpGet().getPath());
        String liveness = given().get(probes.get("liveness").getHttpGet().getPath()).then().extract().asString();
        assertFalse(liveness.contains("database"), "liveness must not depend on the database: " + liveness);
        assertTrue(seconds(probes.get("startup")) >= 120, "start-up (migrations) may take two minutes");

        // The scraper asks the management interface, where the metrics are.
        Map<String, String> scrape = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        given().get("/api/v1/topics").then().statusCode(200);
        assertEquals(Integer.toString(managementPort), scrape.get("prometheus.io/port"));
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                management.resolve(scrape.get("prometheus.io/path"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("http_server_requests_seconds_bucket"), "request histograms are scraped");

        // Shutdown: the pre-stop wait, then the service's delay (readiness DOWN, still serving) and its drain, all
        // within the grace period; and a balancer that only probes readiness has seen DOWN before connections end.
        long preStop = api.getLifecycle().getPreStop().getSleep().getSeconds();
        Duration delay = DurationConverter.parseDuration(service.getValue("quarkus.shutdown.delay", String.class));
        Duration drain = DurationConverter.parseDuration(service.getValue("quarkus.shutdown.timeout", String.class));
        long grace = pod.getTerminationGracePeriodSeconds();
        assertTrue(preStop + delay.toSeconds() + drain.toSeconds() + 5 <= grace,
                "pre-stop " + preStop + " s + delay " + delay + " + drain " + drain + " + 5 s fit in " + grace + " s");
        Probe readiness = probes.get("readiness");
        assertTrue((long) readiness.getPeriodSeconds() * readiness.getFailureThreshold() <= preStop + delay.toSeconds(),
                "readiness DOWN is seen before the service stops accepting");

        // Memory: the limit holds the JVM's bounded areas (bin/serve) with room for threads and the rest.
        long limitMiB = api.getResources().getLimits().get("memory").getNumericalAmount().longValue() >> 20;
        assertTrue(limitMiB >= jvmBoundsMiB() + 32, "limit " + limitMiB + " MiB for JVM bounds of " + jvmBoundsMiB() + " MiB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsLockedDown(String overlay) throws Exception {
        for (HasMetadata object : render(overlay)) {
            PodSpec pod = object instanceof Deployment deployment ? deployment.getSpec().getTemplate().getSpec()
                    : object instanceof StatefulSet set ? set.getSpec().getTemplate().getSpec() : null;
            if (pod == null) {
                continue;
            }
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), describe(object) + " runs as non-root");
            assertFalse(pod.getAutomountServiceAccountToken() == null || pod.getAutomountServiceAccountToken(),
                    describe(object) + " needs no API token");
            for (Container container : pod.getContainers()) {
                var security = container.getSecurityContext();
                assertTrue(security.getReadOnlyRootFilesystem(), describe(object) + ": read-only root file system");
                assertFalse(security.getAllowPrivilegeEscalation(), describe(object) + ": no privilege escalation");
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), describe(object) + ": no capabilities");
                assertNotNull(container.getResources().getLimits().get("memory"), describe(object) + ": a memory limit");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void trafficGoesWhereItShould(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Ingress ingress = one(objects, Ingress.class, "studytrip");
        Map<String, String> backends = new LinkedHashMap<>();
        for (HTTPIngressPath path : ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
            backends.put(path.getPath(), path.getBackend().getService().getName() + ":"
                    + path.getBackend().getService().getPort().getName());
        }
        assertEquals(Map.of("/api", "studytrip-api:http", "/q/health", "studytrip-api:http", "/", "studytrip-web:http"),
                backends);
        assertEquals("off", ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-buffering"),
                "server-sent events pass unbuffered");
        Service api = one(objects, Service.class, "studytrip-api");
        Container apiContainer = one(objects, Deployment.class, "studytrip-api").getSpec().getTemplate().getSpec()
                .getContainers().get(0);
        assertEquals(ports(apiContainer).get("http"), port(apiContainer, api.getSpec().getPorts().get(0).getTargetPort()));

        // Nothing talks unless allowed; the database only to the API.
        NetworkPolicy deny = one(objects, NetworkPolicy.class, "default-deny");
        assertEquals(Map.of(), deny.getSpec().getPodSelector().getMatchLabels() == null ? Map.of()
                : deny.getSpec().getPodSelector().getMatchLabels());
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
        assertTrue(deny.getSpec().getIngress().isEmpty() && deny.getSpec().getEgress().isEmpty());
        NetworkPolicy apiPolicy = one(objects, NetworkPolicy.class, "studytrip-api");
        assertTrue(apiPolicy.getSpec().getEgress().stream().anyMatch(rule -> rule.getPorts().stream()
                .anyMatch(port -> port.getPort().getIntVal() != null && port.getPort().getIntVal() == 3306)),
                "the API may reach the database");
        for (HasMetadata object : objects) {
            if (object instanceof NetworkPolicy policy && !policy.getMetadata().getName().equals("studytrip-api")) {
                // A rule without ports allows every port, the database's among them.
                assertTrue(policy.getSpec().getEgress().stream().allMatch(rule -> !rule.getPorts().isEmpty()
                        && rule.getPorts().stream().noneMatch(port -> port.getPort() == null
                                || Integer.valueOf(3306).equals(port.getPort().getIntVal()))),
                        describe(object) + " lets other pods reach the database");
            }
        }
        if (overlay.equals("dev")) {
            NetworkPolicy database = one(objects, NetworkPolicy.class, "studytrip-mysql");
            List<NetworkPolicyPeer> from = database.getSpec().getIngress().get(0).getFrom();
            assertEquals(1, from.size());
            assertEquals(Map.of("app.kubernetes.io/name", "studytrip-api"), from.get(0).getPodSelector().getMatchLabels());
        }

        // The app's settings are served beside it, and name an API.
        ConfigMap web = one(objects, ConfigMap.class, "studytrip-web");
        var config = new ObjectMapper().readTree(web.getData().get("config.json"));
        assertTrue(config.path("apiBaseUrl").asText().matches("https?://\\S+"), config.toString());
    }

    @Test
    void productionRunsSeveralReplicasOverZones() throws Exception {
        List<HasMetadata> objects = render("prod");
        Deployment api = one(objects, Deployment.class, "studytrip-api");
        HorizontalPodAutoscaler scaler = one(objects, HorizontalPodAutoscaler.class, "studytrip-api");
        assertEquals(null, api.getSpec().getReplicas(), "the autoscaler owns the count; an apply must not reset it");
        assertEquals("studytrip-api", scaler.getSpec().getScaleTargetRef().getName());
        assertTrue(scaler.getSpec().getMinReplicas() >= 3 && scaler.getSpec().getMaxReplicas() > scaler.getSpec().getMinReplicas());
        assertTrue(api.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                .anyMatch(spread -> spread.getTopologyKey().equals("topology.kubernetes.io/zone")));
        assertEquals(1, one(objects, PodDisruptionBudget.class, "studytrip-api").getSpec().getMaxUnavailable().getIntVal());
        assertTrue(objects.stream().noneMatch(StatefulSet.class::isInstance), "production's database is managed elsewhere");
        // The pool of every replica, at the most replicas and one more during a rollout, stays under MySQL's default
        // connection limit (151).
        int pool = Integer.parseInt(environment(objects, api.getSpec().getTemplate().getSpec().getContainers().get(0))
                .get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
        int most = scaler.getSpec().getMaxReplicas() + api.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
        assertTrue(pool * most <= 150, pool + " connections × " + most + " replicas");
    }

    /** The overlay as kubectl renders it (no warnings), parsed into the Kubernetes API's types. */
    private static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(Path.of("target"), "kustomize-", ".err");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", OVERLAYS.resolve(overlay).toString())
                .redirectError(errors.toFile()).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = kubectl.waitFor();
        String warnings = Files.readString(errors);
        Files.delete(errors);
        assertEquals(0, exit, "kubectl kustomize " + overlay + ": " + warnings);
        assertEquals("", warnings.strip(), "kubectl kustomize " + overlay + " warns");
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---$")) {
            if (!document.isBlank()) {
                objects.add(KUBERNETES.unmarshal(document, HasMetadata.class));
            }
        }
        return objects;
    }

    /**
     * Paths of fields the parser kept aside as unknown (the Kubernetes types collect them instead of failing), found by
     * walking every property of every object reached.
     */
    static List<String> unknownFields(Object root) {
        List<String> unknown = new ArrayList<>();
        walk(root, "", unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, entry) -> walk(entry, path + "." + key, unknown, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> unknown.add((path + "." + key).substring(1)));
                }
                continue;
            }
            String name = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            walk(property, path + "." + name, unknown, seen);
        }
    }

    /** The container's variables: its own, and the keys of the ConfigMaps it takes whole. */
    private static Map<String, String> environment(List<HasMetadata> objects, Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (var source : container.getEnvFrom()) {
            environment.putAll(one(objects, ConfigMap.class, source.getConfigMapRef().getName()).getData());
        }
        for (EnvVar variable : container.getEnv()) {
            // A Secret's value is not known here: any value of the right form stands for it.
            environment.put(variable.getName(), variable.getValue() != null ? variable.getValue() : "from-a-secret");
        }
        return environment;
    }

    /** The service's configuration (application.properties, production profile) under the manifest's environment. */
    private static SmallRyeConfig serviceConfiguration(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(Path.of("src", "main", "resources", "application.properties")
                        .toUri().toURL(), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    private static Map<String, Integer> ports(Container container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ContainerPort port : container.getPorts()) {
            ports.put(port.getName(), port.getContainerPort());
        }
        return ports;
    }

    /** A probe's or a Service's port, by number or by the container port's name. */
    private static int port(Container container, IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal() : ports(container).get(port.getStrVal());
    }

    private static long seconds(Probe probe) {
        return (long) probe.getPeriodSeconds() * probe.getFailureThreshold();
    }

    /** Heap, metaspace, code cache and direct memory as bin/serve bounds them, in MiB. */
    private static long jvmBoundsMiB() throws IOException {
        String serve = Files.readString(Path.of("..", "bin", "serve"));
        long total = 0;
        for (String bound : List.of("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:MaxDirectMemorySize=")) {
            Matcher value = Pattern.compile(Pattern.quote(bound) + "(\\d+)m").matcher(serve);
            assertTrue(value.find(), "bin/serve sets " + bound);
            total += Long.parseLong(value.group(1));
        }
        return total;
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> kind, String name) {
        return objects.stream().filter(kind::isInstance).map(kind::cast)
                .filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    private static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
