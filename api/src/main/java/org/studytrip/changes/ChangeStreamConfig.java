package org.studytrip.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live updates: how often a replica looks at the change log, and how an idle stream shows it is alive. */
@ConfigMapping(prefix = "studytrip.changes.stream")
public interface ChangeStreamConfig {

    /** How often the replica's one follower reads the log's head while streams are open: the most a write waits. */
    @WithDefault("0.25s")
    Duration followEvery();

    /** An idle stream sends a comment this often, so that proxies and phones keep it open and notice when it is gone. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How long a browser waits before it reconnects to a stream that ended (the SSE retry field). */
    @WithDefault("2s")
    Duration reconnectAfter();
}
