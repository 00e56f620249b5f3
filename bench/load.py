"""Load rounds for bench/load.sh: wrk against each endpoint, interleaved with the same process's liveness endpoint.

After a warm-up pass, three rounds each run the ceiling and every endpoint once; a row shows the median round:
requests per second and their share of the median ceiling, p50 and p99 latency, SQL statements per request (the
MariaDB server's Questions counter over the run, divided by the requests: a head read shared by many requests
counts as a fraction), and the bytes of the body as sent with brotli, with gzip and plain. COMPARE adds another
service's liveness endpoint and read to the same rounds: "name|liveness URL|read URL" (its statements are not
counted: they may go to another database).
"""
import json
import os
import re
import statistics
import subprocess
import sys
import urllib.request

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def questions():
    out = subprocess.run(["mysql", "-h127.0.0.1", "-uroot", "-N", "-e", "show global status like 'Questions'"],
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[1])


def wrk(url, headers, seconds):
    args = ["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency"]
    for header in headers:
        args += ["-H", header]
    before = questions()
    out = subprocess.run(args + [url], capture_output=True, text=True, check=True).stdout
    statements = questions() - before - 1
    latency = {m.group(1): float(m.group(2)) * UNITS[m.group(3)]
               for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)$", out, re.M)}
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": latency.get("50"),
            "p99": latency.get("99"), "sql": max(statements, 0) / max(requests, 1), "bad": int(bad.group(1)) if bad else 0}


def size(url, headers, encoding):
    args = ["curl", "-s", "-o", "/dev/null", "-w", "%{size_download}"]
    for header in headers + ([f"Accept-Encoding: {encoding}"] if encoding else []):
        args += ["-H", header]
    return int(subprocess.run(args + [url], capture_output=True, text=True, check=True).stdout)


def median_round(runs):
    return sorted(runs, key=lambda run: run["rps"])[len(runs) // 2]


def main():
    base, token, code, seconds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    auth = f"Authorization: Bearer {token}"
    trips = json.load(urllib.request.urlopen(f"{base}/api/v1/trips?q={code}&size=1"))
    trip = trips["items"][0]["id"]
    itinerary = f"{base}/api/v1/trips/{trip}/itinerary"
    urllib.request.urlopen(itinerary).read()
    etag = urllib.request.urlopen(itinerary).headers["ETag"]
    cursor, more = None, True
    while more:
        page = json.load(urllib.request.urlopen(f"{base}/api/v1/trips/{trip}/changes?limit=100"
                                                + (f"&after={cursor}" if cursor else "")))
        cursor, more = page["next"], page["more"]
    gzip = ["Accept-Encoding: gzip"]
    rows = [
        ("itinerary", itinerary, gzip),
        ("itinerary, If-None-Match (304)", itinerary, gzip + [f"If-None-Match: {etag}"]),
        ("itinerary with a token (checked by the REST layer)", itinerary, gzip + [auth]),
        ("sessions of the trip (100 a page)", f"{base}/api/v1/trips/{trip}/sessions?size=100", gzip),
        ("a page of people (organiser)", f"{base}/api/v1/people?size=20", gzip + [auth]),
        ("the trip's change feed, nothing new", f"{base}/api/v1/trips/{trip}/changes?after={cursor}", gzip),
    ]
    ceiling = ("liveness (the ceiling)", f"{base}/q/health/live", gzip)
    compare = os.environ.get("COMPARE")
    others = []
    if compare:
        name, live, read = compare.split("|")
        others = [(f"{name} liveness (its ceiling)", live, gzip), (f"{name} read", read, gzip)]
    everything = [ceiling] + rows + others
    for _, url, headers in everything:
        wrk(url, headers, 2)
    runs = {label: [] for label, _, _ in everything}
    for _ in range(3):
        for label, url, headers in everything:
            runs[label].append(wrk(url, headers, seconds))
    top = median_round(runs[ceiling[0]])["rps"]
    print("| endpoint | req/s | share of the ceiling | p50 ms | p99 ms | SQL per request | non-2xx/3xx | bytes br / gzip / plain |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, url, headers in [ceiling] + rows:
        run = median_round(runs[label])
        plain_headers = [h for h in headers if not h.startswith("Accept-Encoding")]
        sizes = " / ".join(str(size(url, plain_headers, e)) for e in ("br", "gzip", None))
        print(f"| {label} | {run['rps']:.0f} | {run['rps'] / top:.3f} | {run['p50']:.2f} | {run['p99']:.2f} "
              f"| {run['sql']:.3f} | {run['bad']} | {sizes} |")
    if others:
        their_top = median_round(runs[others[0][0]])["rps"]
        theirs = median_round(runs[others[1][0]])["rps"]
        ours = median_round(runs["itinerary"])["rps"]
        print()
        for label, _, _ in others:
            run = median_round(runs[label])
            print(f"- {label}: {run['rps']:.0f} req/s ({run['rps'] / their_top:.3f} of its ceiling), "
                  f"p50 {run['p50']:.2f} ms, p99 {run['p99']:.2f} ms")
        print(f"- our itinerary / {others[1][0]}: {ours / theirs:.1f}x the requests per second")
    print()
    rounds = ["%s: %s" % (label, ", ".join("%.0f" % run["rps"] for run in runs[label])) for label, _, _ in everything]
    print("All rounds, req/s: " + "; ".join(rounds))


if __name__ == "__main__":
    main()
