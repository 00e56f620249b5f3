"""Export rounds for bench/exports.sh: for each export of a trip, the time to build it after a write (the median of
three builds, each after a write that moves the programme to a new version), its bytes as sent with brotli, with
gzip and plain, and the requests per second when it is served from memory, beside the same process's liveness
endpoint (wrk, 2 threads, 32 connections, the median of three interleaved rounds).
"""
import json
import statistics
import subprocess
import sys
import urllib.request

from load import median_round, size, wrk


def timed(url, headers):
    args = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}"]
    for header in headers:
        args += ["-H", header]
    code, seconds = subprocess.run(args + [url], capture_output=True, text=True, check=True).stdout.split()
    if code != "200":
        raise SystemExit(f"{url}: HTTP {code}")
    return float(seconds) * 1000


def bump(base, auth, topic):
    """A write anywhere: the programme's version moves on, and every export is built again on its next read."""
    request = urllib.request.Request(f"{base}/api/v1/topics/{topic}", method="PATCH",
                                     data=json.dumps({"description": {"en": str(bump.count)}}).encode(),
                                     headers={"Authorization": auth.split(": ", 1)[1], "If-Match": "*",
                                              "Content-Type": "application/merge-patch+json"})
    bump.count += 1
    urllib.request.urlopen(request).read()


bump.count = 0


def main():
    base, token, code, seconds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    auth = f"Authorization: Bearer {token}"
    trip = json.load(urllib.request.urlopen(f"{base}/api/v1/trips?q={code}&size=1"))["items"][0]["id"]
    topic = json.load(urllib.request.urlopen(f"{base}/api/v1/topics?size=1"))["items"][0]["id"]
    exports = [
        ("calendar (iCalendar)", f"{base}/api/v1/trips/{trip}/calendar", []),
        ("schedule.xml", f"{base}/api/v1/trips/{trip}/schedule.xml", []),
        ("schedule.json", f"{base}/api/v1/trips/{trip}/schedule.json", []),
        ("linked data (JSON-LD)", f"{base}/api/v1/trips/{trip}/linked-data", []),
        ("booklet (PDF, zh + en)", f"{base}/api/v1/trips/{trip}/booklet.pdf?lang=zh", []),
        ("roster CSV (organiser, built per request)", f"{base}/api/v1/trips/{trip}/delegation.csv", [auth]),
    ]
    builds = {label: [] for label, _, _ in exports}
    for url in [url for _, url, _ in exports]:
        urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": auth.split(": ", 1)[1]})).read()
    for _ in range(3):
        bump(base, auth, topic)
        for label, url, headers in exports:
            builds[label].append(timed(url, headers))
    gzip = ["Accept-Encoding: gzip"]
    ceiling = ("liveness (the ceiling)", f"{base}/q/health/live", gzip)
    served = [ceiling] + [(label, url, gzip + headers) for label, url, headers in exports]
    for _, url, headers in served:
        wrk(url, headers, 2)
    runs = {label: [] for label, _, _ in served}
    for _ in range(3):
        for label, url, headers in served:
            runs[label].append(wrk(url, headers, seconds))
    top = median_round(runs[ceiling[0]])["rps"]
    print("| export | build after a write, ms | served: req/s | share of the ceiling | p50 ms | bytes br / gzip / plain |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| {ceiling[0]} | – | {top:.0f} | 1.000 | {median_round(runs[ceiling[0]])['p50']:.2f} | – |")
    for label, url, headers in exports:
        run = median_round(runs[label])
        sizes = " / ".join(str(size(url, headers, e)) for e in ("br", "gzip", None))
        print(f"| {label} | {statistics.median(builds[label]):.0f} | {run['rps']:.0f} | {run['rps'] / top:.3f} "
              f"| {run['p50']:.2f} | {sizes} |")


if __name__ == "__main__":
    main()
