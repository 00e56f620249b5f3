#!/usr/bin/env python3
"""Median latency and SQL statements per request of the itinerary and the main lists of a running service.

Usage: python3 bench/measure.py BASE_URL [REQUESTS]   (e.g. http://127.0.0.1:18090 30)
Statements come from Hibernate's statistics exported by Micrometer (the bench build enables them): the
difference of hibernate_statements_total{status="prepared"} before and after each request, on an otherwise idle service.
"""
import json
import os
import re
import statistics
import sys
import time
import urllib.request

base = sys.argv[1].rstrip("/")
requests = int(sys.argv[2]) if len(sys.argv) > 2 else 30


# People and participants need a token (bench/run.sh passes one of the local issuer as BENCH_TOKEN).
token = os.environ.get("BENCH_TOKEN")


def get(path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token} if token else {})
    with urllib.request.urlopen(request) as response:
        return response.status, response.read()


def prepared_statements():
    with urllib.request.urlopen(os.environ["BENCH_METRICS"]) as response:
        body = response.read()
    total = 0.0
    for line in body.decode().splitlines():
        if line.startswith("hibernate_statements") and 'status="prepared"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def trip_id(code):
    _, body = get("/api/v1/trips?q=%s&size=1" % code)
    return json.loads(body)["items"][0]["id"]


def measure(label, path):
    for _ in range(3):
        get(path)
    before = prepared_statements()
    get(path)
    statements = prepared_statements() - before
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        status, body = get(path)
        timings.append((time.perf_counter() - started) * 1000)
    print("| %s | `%s` | %.1f | %.1f | %d | %d |" % (label, path, statistics.median(timings),
                                                  sorted(timings)[int(len(timings) * 0.9) - 1], statements, len(body)))


trip = trip_id(sys.argv[3]) if len(sys.argv) > 3 else trip_id("korea-2025")
_, body = get("/api/v1/trips/%s/sessions?size=1" % trip)
print("| endpoint | path | median ms | p90 ms | SQL statements | bytes |")
print("| --- | --- | --- | --- | --- | --- |")
measure("itinerary", "/api/v1/trips/%s/itinerary" % trip)
measure("delegations", "/api/v1/trips/%s/delegations" % trip)
measure("trips", "/api/v1/trips?size=20")
measure("trips by year", "/api/v1/trips?year=2025&size=20")
measure("sessions of a trip", "/api/v1/trips/%s/sessions?size=20" % trip)
measure("sessions of a day", "/api/v1/trips/%s/sessions?size=20&date=%s" % (trip, json.loads(
    get("/api/v1/trips/%s" % trip)[1])["startDate"]))
measure("participants of a trip", "/api/v1/trips/%s/participants?size=20" % trip)
measure("participants by city", "/api/v1/trips/%s/participants?size=20&city=shenzhen" % trip)
measure("people", "/api/v1/people?size=20")
measure("experts", "/api/v1/experts?size=20")
measure("organisations", "/api/v1/organisations?size=20")
