package org.studytrip.common.operations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers through the service's own pool. Says UP or DOWN and nothing more: a readiness
 * endpoint is reachable by anyone who reaches the service, and the driver's error text names hosts and users.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final AgroalDataSource dataSource;

    DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(answers()).build();
    }

    /** Validated through the pool, which discards a connection that fails, so a database that is back is seen at once. */
    private boolean answers() {
        try {
            return dataSource.isHealthy(false);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
