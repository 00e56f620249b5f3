package org.studytrip.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC access for tests, to check what is really stored rather than what the API says. */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;
    private final String url;
    private final String user;
    private final String password;

    Database(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "root") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    /** The service's own pool, to take its connections away in a test. */
    public AgroalDataSource pool() {
        return dataSource;
    }

    /** The results of named {@code select count(*)} queries, to show that a rejected write changed nothing. */
    public Map<String, Long> counts(Map<String, String> countQueries) {
        Map<String, Long> counts = new LinkedHashMap<>();
        countQueries.forEach((name, sql) -> counts.put(name, count(sql)));
        return counts;
    }

    /** The number a {@code select count(*)} query answers. */
    public long count(String sql, Object... parameters) {
        return ((Number) query(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** Writes as something other than the service would (an older version, an earlier key); returns the row count. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A connection of the test's own in an open transaction that has run {@code statements} (to hold a lock, say),
     * outside the service's pool; closing it rolls back, or commits with {@link Held#commit()}, and lets go.
     */
    public Held hold(String... statements) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Held held = new Held(connection);
        try {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                held.execute(sql);
            }
            return held;
        } catch (SQLException | RuntimeException e) {
            held.close();
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    /** See {@link #hold}. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        /** Runs one more statement in the held transaction (it may wait for another's lock). */
        public void execute(String sql) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        public void commit() {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Rolls back and lets go; a second call does nothing. */
        @Override
        public void close() {
            try (connection) {
                if (!connection.isClosed()) {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.put(rows.getMetaData().getColumnLabel(column), rows.getObject(column));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
