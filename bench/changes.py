#!/usr/bin/env python3
"""Bytes a phone spends to stay in sync, and how fast a write reaches a live stream on another process.

Usage: python3 bench/changes.py WRITER_URL STREAMER_URL [WRITES]   (bench/changes.sh starts both processes)
Bytes over the wire: status line, headers and body as sent (gzip when the server compresses), without TCP/TLS.
Latency: from sending a session's PATCH to process A until process B's event stream delivers that change; the
write's own response time is shown beside it. Process B's follower reads the log every 0.25 s, which bounds it.
"""
import http.client
import json
import random
import os
import statistics
import sys
import threading
import time
import urllib.parse

writer, streamer = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")
writes = int(sys.argv[3]) if len(sys.argv) > 3 else 100
token = os.environ["BENCH_TOKEN"]


def exchange(base, method, path, headers=None, body=None):
    """One request on a fresh connection: status, headers, the body as sent, and the bytes on the wire."""
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    raw = response.read()
    head = len("HTTP/1.1 %d %s\r\n" % (response.status, response.reason)) + sum(
        len(name) + len(value) + 4 for name, value in response.getheaders()) + 2
    connection.close()
    return response.status, dict(response.getheaders()), raw, head + len(raw)


def phone(path, extra=None):
    return exchange(writer, "GET", path, {"Accept-Encoding": "gzip", **(extra or {})})


def organiser(method, path, body=None, extra=None):
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json", **(extra or {})}
    status, headers_back, raw, _ = exchange(writer, method, path, headers, body)
    return status, headers_back, json.loads(raw) if raw else None


def follow(trip, after=None):
    """Follows the trip's feed to its end: the pages' wire bytes and the last cursor."""
    total, more = 0, True
    while more:
        query = "?limit=100" + ("&after=" + after if after else "")
        status, headers, raw, wire = phone("/api/v1/trips/%s/changes%s" % (trip, query))
        page = json.loads(gunzip(raw, headers))
        total += wire
        after, more = page["next"], page["more"]
    return total, after, headers.get("ETag"), page


def gunzip(raw, headers):
    import gzip
    return gzip.decompress(raw) if headers.get("content-encoding", headers.get("Content-Encoding")) == "gzip" else raw


_, _, trips = organiser("GET", "/api/v1/trips?q=korea-2025&size=1")
trip = trips["items"][0]["id"]
_, _, sessions = organiser("GET", "/api/v1/trips/%s/sessions?size=100" % trip)
session = sessions["items"][0]

print("## Bytes over the wire (gzip), sample trip (%d sessions)" % len(sessions["items"]))
print()
print("| exchange | status | bytes |")
print("| --- | --- | --- |")
status, headers, raw, wire = phone("/api/v1/trips/%s/itinerary" % trip)
print("| full itinerary | %d | %d |" % (status, wire))
status, headers, raw, plain = exchange(writer, "GET", "/api/v1/trips/%s/itinerary" % trip)
print("| full itinerary, without gzip | %d | %d |" % (status, plain))
feed_bytes, cursor, etag, _ = follow(trip)
print("| first sync: the feed from its start (history, replayed once) | 200 | %d |" % feed_bytes)
status, headers, raw, wire = phone("/api/v1/trips/%s/changes?limit=100&after=%s" % (trip, cursor))
etag = headers.get("ETag")
print("| sync, nothing changed | %d | %d |" % (status, wire))
status, headers, raw, wire = phone("/api/v1/trips/%s/changes?limit=100&after=%s" % (trip, cursor), {"If-None-Match": etag})
print("| sync, nothing changed, with If-None-Match | %d | %d |" % (status, wire))
version = session["version"]
status, _, changed = organiser("PATCH", "/api/v1/sessions/" + session["id"], json.dumps({"title": {"en": "Moved once"}}),
                               {"Content-Type": "application/merge-patch+json", "If-Match": '"%d"' % version})
assert status == 200, status
status, headers, raw, wire = phone("/api/v1/trips/%s/changes?limit=100&after=%s" % (trip, cursor))
assert len(json.loads(gunzip(raw, headers))["items"]) == 1
print("| sync, one session changed | %d | %d |" % (status, wire))
version = changed["version"]

# A live stream on the other process.
arrived = {}
ready = threading.Event()


def listen():
    url = urllib.parse.urlsplit(streamer)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    connection.request("GET", "/api/v1/trips/%s/events" % trip, headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    event, data = None, []
    while True:
        line = response.fp.readline()
        if not line:
            return
        line = line.decode().rstrip("\r\n")
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif line == "":
            if event == "ready":
                ready.set()
            elif event == "change":
                entry = json.loads("\n".join(data))
                arrived[(entry["id"], entry["version"])] = time.perf_counter()
            event, data = None, []


threading.Thread(target=listen, daemon=True).start()
assert ready.wait(30), "the stream did not open"
latencies, responses = [], []
for i in range(writes):
    # A pause of random length: a write right after the previous event would always land just after the follower's
    # read, and measure its whole period instead of a real write's wait.
    time.sleep(random.uniform(0, 0.3))
    sent = time.perf_counter()
    status, _, changed = organiser("PATCH", "/api/v1/sessions/" + session["id"], json.dumps({"title": {"en": "Live %d" % i}}),
                                   {"Content-Type": "application/merge-patch+json", "If-Match": '"%d"' % version})
    answered = time.perf_counter()
    assert status == 200, status
    version = changed["version"]
    deadline = time.time() + 10
    while (session["id"], version) not in arrived and time.time() < deadline:
        time.sleep(0.002)
    latencies.append((arrived[(session["id"], version)] - sent) * 1000)
    responses.append((answered - sent) * 1000)
latencies.sort()
responses.sort()
print()
print("## A write through process A to an event of process B's stream (%d writes)" % writes)
print()
print("| | median ms | p99 ms |")
print("| --- | --- | --- |")
print("| write sent → event received on the other process | %.0f | %.0f |" % (
    statistics.median(latencies), latencies[max(0, int(len(latencies) * 0.99) - 1)]))
print("| write sent → its own response | %.0f | %.0f |" % (
    statistics.median(responses), responses[max(0, int(len(responses) * 0.99) - 1)]))
