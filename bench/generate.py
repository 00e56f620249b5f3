#!/usr/bin/env python3
"""Writes SQL that fills a migrated Study Trip database with a large programme history:
about 200 trips, 20 000 sessions (with experts, topics and venues) and 40 000 participants (each a person).

Usage: python3 bench/generate.py [--trips 200] [--sessions-per-trip 100] [--participants-per-trip 200] | mysql ... DB
Rows are fictional ("Bench ..."); ids are UUIDv7 like the server's. Deterministic for a given seed.
"""
import argparse
import datetime
import os
import random
import uuid

parser = argparse.ArgumentParser()
parser.add_argument("--trips", type=int, default=200)
parser.add_argument("--sessions-per-trip", type=int, default=100)
parser.add_argument("--participants-per-trip", type=int, default=200)
parser.add_argument("--seed", type=int, default=2025)
args = parser.parse_args()
rng = random.Random(args.seed)
clock = int(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc).timestamp() * 1000)


def uuid7():
    global clock
    clock += 1
    value = (clock << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62) | rng.getrandbits(62)
    return uuid.UUID(int=value)


def hexid(u):
    return "UNHEX('%s')" % u.hex.upper()


def q(text):
    return "NULL" if text is None else "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


NOW = "'2026-01-01 00:00:00'"


def insert(table, columns, rows):
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        print("INSERT INTO %s (%s) VALUES\n%s;" % (table, ", ".join(columns), ",\n".join("(" + ", ".join(r) + ")" for r in chunk)))


def change_log(entity_type, ids_with_trip):
    # Sequence numbers as the service hands them out: the next ones after change_sequence's (advanced at the end).
    insert("change_log", ["seq", "entity_type", "entity_id", "trip_id", "operation", "entity_version", "changed_at"],
           [["(@seq := @seq + 1)", q(entity_type), hexid(i), hexid(t) if t else "NULL", "'CREATED'", "0", NOW]
            for i, t in ids_with_trip])


print("SET SESSION sql_mode='ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
      "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', time_zone='+00:00', unique_checks=0, foreign_key_checks=0;")
print("START TRANSACTION;")
print("SET @seq = (SELECT last_seq FROM change_sequence WHERE id = 1 FOR UPDATE);")

print("SET @iclei = (SELECT id FROM organisation WHERE code = 'iclei-east-asia');")
print("CREATE TEMPORARY TABLE bench_topic AS SELECT id, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM topic;")
print("CREATE TEMPORARY TABLE bench_sender AS SELECT id, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM organisation "
      "WHERE type IN ('LOCAL_GOVERNMENT', 'NATIONAL_BODY');")

venues = [uuid7() for _ in range(200)]
insert("venue", ["id", "name_en", "name_ko", "address_local", "address_en", "version", "created_at", "updated_at"],
       [[hexid(v), q("Bench venue %d" % n), q("벤치 장소 %d" % n), q("서울특별시 예시로 %d" % n),
         q("%d Yesi-ro, Seoul" % n), "0", NOW, NOW] for n, v in enumerate(venues)])
experts = [uuid7() for _ in range(500)]
insert("expert", ["id", "name_en", "name_ko", "organisation_id", "version", "created_at", "updated_at"],
       [[hexid(e), q("Bench Expert %d" % n), q("벤치 전문가 %d" % n), "@iclei", "0", NOW, NOW]
        for n, e in enumerate(experts)])
change_log("venue", [(v, None) for v in venues])
change_log("expert", [(e, None) for e in experts])

for t in range(args.trips):
    trip = uuid7()
    year = 2020 + t % 10
    start = datetime.date(year, 1 + t % 12, 1 + t % 20)
    end = start + datetime.timedelta(days=4)
    insert("trip", ["id", "code", "title_en", "host_country", "time_zone", "start_date", "end_date", "organiser_id",
                    "status", "version", "created_at", "updated_at"],
           [[hexid(trip), q("bench-trip-%03d" % t), q("Bench study trip %d" % t), "'KR'", "'Asia/Seoul'",
             q(start.isoformat()), q(end.isoformat()), "@iclei", "'PUBLISHED'", "0", NOW, NOW]])
    print("INSERT INTO trip_topic (trip_id, topic_id) SELECT %s, id FROM bench_topic WHERE n IN (%d, %d, %d);"
          % (hexid(trip), t % 7, (t + 2) % 7, (t + 4) % 7))
    print("INSERT INTO trip_sending_organisation (trip_id, organisation_id) SELECT %s, id FROM bench_sender;" % hexid(trip))

    sessions, session_ids = [], []
    for s in range(args.sessions_per_trip):
        session = uuid7()
        session_ids.append(session)
        day = start + datetime.timedelta(days=s % 5)
        minutes = 9 * 60 + (s // 5) * 25 % (9 * 60)
        begins = datetime.datetime.combine(day, datetime.time(minutes // 60, minutes % 60)) - datetime.timedelta(hours=9)
        sessions.append([hexid(session), hexid(trip), q("Bench session %d.%d" % (t, s)), "'LECTURE'",
                         q(begins.isoformat(sep=" ")), q((begins + datetime.timedelta(minutes=20)).isoformat(sep=" ")),
                         hexid(venues[(t + s) % len(venues)]), "@iclei", "'ko'", "'zh'", "'SCHEDULED'", "0", NOW, NOW])
    insert("trip_session", ["id", "trip_id", "title_en", "type", "starts_at", "ends_at", "venue_id", "host_id",
                            "language", "interpretation", "status", "version", "created_at", "updated_at"], sessions)
    insert("session_expert", ["session_id", "expert_id"],
           [[row[0], hexid(experts[(t * 7 + i + k) % len(experts)])] for i, row in enumerate(sessions) for k in (0, 1)])
    for k in (0, 3):
        print("INSERT INTO session_topic (session_id, topic_id) VALUES %s;" % ", ".join(
            "(%s, (SELECT id FROM bench_topic WHERE n = %d))" % (row[0], (i + k) % 7) for i, row in enumerate(sessions)))
    change_log("session", [(session, trip) for session in session_ids])

    people, participants, participant_ids = [], [], []
    for p in range(args.participants_per_trip):
        person, participant = uuid7(), uuid7()
        participant_ids.append(participant)
        people.append([hexid(person), q("Bench"), q("Person %d.%d" % (t, p)), "'zh'", "0", NOW, NOW])
        participants.append([hexid(participant), hexid(trip), hexid(person), "'MEMBER'",
                             "(SELECT id FROM bench_sender WHERE n = %d)" % (p % 6), "0", NOW, NOW])
    insert("person", ["id", "family_name", "given_name", "languages", "version", "created_at", "updated_at"], people)
    insert("participant", ["id", "trip_id", "person_id", "role", "organisation_id", "version", "created_at",
                           "updated_at"], participants)
    change_log("participant", [(participant, trip) for participant in participant_ids])
    change_log("trip", [(trip, trip)])

print("UPDATE change_sequence SET last_seq = @seq WHERE id = 1;")
print("COMMIT;")
print("ANALYZE TABLE trip, trip_session, session_expert, session_topic, participant, person, venue, expert;")
