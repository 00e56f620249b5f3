-- The filtered list queries as Hibernate issues them (simplified to their WHERE and ORDER BY), on a generated trip.
SET @trip = (SELECT id FROM trip WHERE code = 'bench-trip-150');
SET @day_start = (SELECT TIMESTAMP(start_date) - INTERVAL 9 HOUR FROM trip WHERE code = 'bench-trip-150');

SELECT 'sessions of a trip, by start' AS query;
EXPLAIN SELECT id FROM trip_session WHERE trip_id = @trip ORDER BY starts_at, id LIMIT 20;
SELECT 'sessions of a day' AS query;
EXPLAIN SELECT id FROM trip_session WHERE trip_id = @trip AND starts_at >= @day_start
    AND starts_at < @day_start + INTERVAL 1 DAY ORDER BY starts_at, id LIMIT 20;
SELECT 'sessions of a topic' AS query;
EXPLAIN SELECT s.id FROM trip_session s WHERE s.trip_id = @trip AND s.id IN (SELECT st.session_id FROM session_topic st
    JOIN topic t ON t.id = st.topic_id WHERE t.code = 'urban-resilience') ORDER BY s.starts_at LIMIT 20;
SELECT 'participants of a trip from a city' AS query;
EXPLAIN SELECT p.id FROM participant p JOIN organisation o ON o.id = p.organisation_id JOIN city c ON c.id = o.city_id
    WHERE p.trip_id = @trip AND c.code = 'shenzhen' LIMIT 20;
SELECT 'trips of a year' AS query;
EXPLAIN SELECT id FROM trip WHERE start_date >= '2025-01-01' AND start_date <= '2025-12-31' ORDER BY start_date DESC, code LIMIT 20;
SELECT 'itinerary sessions' AS query;
EXPLAIN SELECT s.id FROM trip_session s LEFT JOIN venue v ON v.id = s.venue_id LEFT JOIN session_expert se
    ON se.session_id = s.id LEFT JOIN session_topic st ON st.session_id = s.id WHERE s.trip_id = @trip ORDER BY s.starts_at;
