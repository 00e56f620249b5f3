package org.studytrip.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where deliveries may go (server-side request forgery): an absolute https URL (http only where configured) without
 * credentials, whose host resolves to public addresses only, never loopback, link-local (cloud metadata services),
 * private, shared (carrier-grade NAT), multicast or unspecified ones, unless the host is allowed by configuration.
 * Checked on registration and again before every attempt, since what a name resolves to can change.
 */
@ApplicationScoped
class ReceiverAddresses {

    private final WebhookConfig config;

    ReceiverAddresses(WebhookConfig config) {
        this.config = config;
    }

    /** Why deliveries may not go to {@code url}, or empty when they may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            return Optional.of(config.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must name a host, without credentials or fragment");
        }
        String host = uri.getHost().replaceAll("^\\[|]$", "");
        List<String> allowed = config.allowedPrivateHosts().orElse(List.of());
        if (allowed.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return Optional.of("names a host that cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed.contains(address.getHostAddress())) {
                return Optional.of("resolves to an internal address (" + address.getHostAddress() + "), which receives no deliveries");
            }
        }
        return Optional.empty();
    }

    private static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        InetAddress embedded = embeddedIpv4(bytes);
        if (embedded != null) {
            return internal(embedded);
        }
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
        boolean sharedOrZero = address instanceof Inet4Address && ((bytes[0] & 0xFF) == 0
                || (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64);
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || sharedOrZero;
    }

    /** The IPv4 address inside an IPv6 one that carries it to an IPv4 host: ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16. */
    private static InetAddress embeddedIpv4(byte[] bytes) {
        if (bytes.length != 16) {
            return null;
        }
        boolean mapped = Arrays.equals(Arrays.copyOfRange(bytes, 0, 12), new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1});
        boolean nat64 = Arrays.equals(Arrays.copyOfRange(bytes, 0, 12), new byte[] {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0});
        boolean sixToFour = bytes[0] == 0x20 && bytes[1] == 0x02;
        try {
            if (mapped || nat64) {
                return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
            }
            return sixToFour ? InetAddress.getByAddress(Arrays.copyOfRange(bytes, 2, 6)) : null;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
