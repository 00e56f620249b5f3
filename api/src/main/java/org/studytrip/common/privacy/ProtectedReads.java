package org.studytrip.common.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current request opened sealed personal data: then its response carries some of it (in full or
 * masked) and must never be stored by a cache, whatever the operation (see {@link NoStoreFilter}).
 */
// Looked up rather than injected: the vault stays usable where no request is active (a start-up job, a test).
@Unremovable
@RequestScoped
public class ProtectedReads {

    private boolean opened;

    /** Outside a request there is no response to protect. */
    public static void record() {
        if (Arc.container().requestContext().isActive()) {
            current().markOpened();
        }
    }

    static boolean happened() {
        return Arc.container().requestContext().isActive() && current().wasOpened();
    }

    // The lookup yields the client proxy: state is reached through methods, which reach this request's instance.
    private static ProtectedReads current() {
        return Arc.container().instance(ProtectedReads.class).get();
    }

    void markOpened() {
        opened = true;
    }

    boolean wasOpened() {
        return opened;
    }
}
