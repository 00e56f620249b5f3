package org.studytrip.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC access for tests, to check what is really stored rather than what the API says. */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;

    Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The results of named {@code select count(*)} queries, to show that a rejected write changed nothing. */
    public Map<String, Long> counts(Map<String, String> countQueries) {
        Map<String, Long> counts = new LinkedHashMap<>();
        countQueries.forEach((name, sql) ->
                counts.put(name, ((Number) query(sql).get(0).values().iterator().next()).longValue()));
        return counts;
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
