#!/usr/bin/env python3
"""Writes resources/pricing/<region>.json from ../shared/reference/aws-pricing-facts.json.

The product never reads ../shared at run time: the outputs are committed and compiled in
(embeddedFile("pricing/us-east-1.json")). Run this again when the reference changes, then commit.

Rules (issue 7, TEAM.md "Truth"):
- verified, derived and conflict rows are shipped with their value ('value' is the preferred one
  where sources conflict; the alternatives are kept for the record, never used);
- not_found rows are NOT priced: they are listed under "missing" so an estimate can say so.
  A "commonly cited" value is never shipped as a price.
- every price carries its sources (ids and references) and an "asOf" date: the newest date found
  in its sources' dates; when every source is undated, the date the reference was compiled, and
  "asOfBasis": "compiled" says so.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "..", "shared", "reference", "aws-pricing-facts.json")
OUT_DIR = os.path.join(ROOT, "resources", "pricing")
REGIONS = ["us-east-1", "ap-northeast-2", "ap-northeast-1", "eu-west-1"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}


def dates_in(text):
    """Every date in a free-text source date, as YYYY-MM-DD (a month alone counts as its 1st)."""
    found = []
    for y, m, d in re.findall(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b", text):
        found.append(f"{y}-{m}-{d or '01'}")
    for month, y in re.findall(r"\b([A-Za-z]+) (\d{4})\b", text):
        if month.lower() in MONTHS:
            found.append(f"{y}-{MONTHS[month.lower()]:02d}-01")
    return found


def as_of(source_ids, sources, compiled):
    dates = []
    for sid in source_ids:
        dates += dates_in(sources.get(sid, {}).get("date", ""))
    return (max(dates), "source") if dates else (compiled, "compiled")


def price_entry(item, sources, compiled):
    date, basis = as_of(item.get("source", []), sources, compiled)
    entry = {
        "value": item["value"],
        "unit": item["unit"],
        "status": item["status"],
        "sources": item.get("source", []),
        "sourceRefs": item.get("source_refs", []),
        "asOf": date,
        "asOfBasis": basis,
    }
    if item.get("note"):
        entry["note"] = item["note"]
    if item.get("alternatives"):
        entry["alternatives"] = item["alternatives"]
    return entry


def main():
    with open(REFERENCE, encoding="utf-8") as f:
        ref = json.load(f)
    compiled = ref["_meta"]["compiled_from_sources_dated_up_to"]
    sources = ref["_sources"]
    os.makedirs(OUT_DIR, exist_ok=True)
    for region in REGIONS:
        prices, missing = {}, {}
        for key, item in sorted(ref[region].items()):
            if item.get("value") is None or item["status"] == "not_found":
                missing[key] = {"unit": item["unit"], "reason": "no source found for " + region}
                continue
            if not isinstance(item["value"], (int, float)):
                continue
            prices[key] = price_entry(item, sources, compiled)
        doc = {
            "region": region,
            "currency": ref["_meta"]["currency"],
            "asOf": compiled,
            "hoursPerMonth": ref["_meta"]["hours_per_month_convention"],
            "generatedBy": "tools/gen_pricing.py from ../shared/reference/aws-pricing-facts.json",
            "warning": ref["_meta"]["warning"],
            "prices": prices,
            "missing": missing,
        }
        path = os.path.join(OUT_DIR, region + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False, sort_keys=False)
            f.write("\n")
        print(f"{path}: {len(prices)} prices, {len(missing)} missing", file=sys.stderr)


if __name__ == "__main__":
    main()
