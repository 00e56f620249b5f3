"""Writes the sample programme's answers to the contract's main reads as <operationId>.json (see capture.sh).
Lists are asked for two items; the itinerary keeps its first two days, so the contract stays readable."""
import json
import pathlib
import sys
import urllib.request


def get(base, path):
    with urllib.request.urlopen(base + path) as answer:
        return json.load(answer)


def main():
    base, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    trip = get(base, "/api/v1/trips?q=korea-2025&size=1")["items"][0]["id"]
    itinerary = get(base, f"/api/v1/trips/{trip}/itinerary")
    itinerary["days"] = itinerary["days"][:2]
    session = itinerary["days"][1]["sessions"][0]["id"]
    examples = {"getItinerary": itinerary, "getSession": get(base, f"/api/v1/sessions/{session}")}
    for operation, path in [("listTrips", "/api/v1/trips?size=2"), ("getTrip", f"/api/v1/trips/{trip}"),
                            ("getTripTopics", f"/api/v1/trips/{trip}/topics"),
                            ("listSessions", f"/api/v1/trips/{trip}/sessions?size=2")]:
        examples[operation] = get(base, path)
    for noun, collection in [("City", "cities"), ("Topic", "topics"), ("Organisation", "organisations"),
                             ("Venue", "venues"), ("Expert", "experts")]:
        page = get(base, f"/api/v1/{collection}?size=2")
        examples[f"list{noun.replace('City', 'Citie')}s"] = page
        examples[f"get{noun}"] = get(base, f"/api/v1/{collection}/{page['items'][0]['id']}")
    for operation, example in examples.items():
        (out / f"{operation}.json").write_text(json.dumps(example, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(examples)} examples to {out}")


if __name__ == "__main__":
    main()
