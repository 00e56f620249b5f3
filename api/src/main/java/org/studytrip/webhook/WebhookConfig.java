package org.studytrip.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Deliveries to partners: how they are sent, retried and given up, and where they may go. */
@ConfigMapping(prefix = "studytrip.webhooks")
public interface WebhookConfig {

    /** Plain http:// receivers; off in production, where a signed body must not travel in the clear. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Loopback, link-local, private and other internal addresses are refused as receivers (server-side request
     * forgery): a subscription could otherwise make the service call its own network. Hosts listed here are allowed
     * anyway (a receiver on the service's own network, or the tests' receiver on 127.0.0.1).
     */
    Optional<List<String>> allowedPrivateHosts();

    /** Connecting to a receiver. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** The whole answer of a receiver. */
    @WithDefault("5s")
    Duration timeout();

    /** The wait after the first failed attempt; it doubles with each further one (with jitter) up to retryMax. */
    @WithDefault("5s")
    Duration retryBase();

    @WithDefault("1h")
    Duration retryMax();

    /** After this many failed attempts in a row, the subscription is disabled until an organiser enables it. */
    @WithDefault("10")
    int disableAfter();

    /**
     * How long a replica holds the deliveries it took before another may take them (it died sending them): longer than
     * a batch takes to send at worst (batch × (connect timeout + timeout)).
     */
    @WithDefault("5m")
    Duration lease();

    /** How often each replica looks for due deliveries (the Deliverer's schedule). */
    @WithDefault("1s")
    Duration deliverEvery();

    /** How long after start a replica first looks. */
    @WithDefault("5s")
    Duration deliverDelay();

    /** Most deliveries one replica takes at a time. */
    @WithDefault("20")
    int batch();
}
