#!/usr/bin/env python3
"""Check testdata/expected/sample.gold.jsonl against the gold format of SCHEMA.md.

usage: python3 testdata/expected/validate_gold.py [GOLD] [ARTICLES_DIR]
Every line must parse; every doc must name a file in ARTICLES_DIR or an `id` inside one of
its .jsonl files; every field must have the right type. Exit status 1 on any problem.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
gold_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "sample.gold.jsonl")
art_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "articles")

KINDS = {"sale", "licence", "assistance", "joint-development"}
STATUSES = {"talks", "ordered", "delivering", "delivered", "cancelled", None}
ISO = re.compile(r"^[A-Z]{2}$|^X-[A-Z0-9-]+$")

docs = set()
for name in os.listdir(art_dir):
    path = os.path.join(art_dir, name)
    if name.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    docs.add(json.loads(line)["id"])
    else:
        docs.add(name)

errors = []
seen = set()


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_year(v):
    return isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2100


def names(where, v):
    if not (isinstance(v, list) and v and all(isinstance(s, str) and s.strip() for s in v)):
        err(where, "must be a non-empty list of non-empty strings")


n_tr = n_req = 0
with open(gold_path, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}", f"bad JSON: {e}")
            continue
        doc = d.get("doc")
        w = f"line {ln} ({doc})"
        if doc not in docs:
            err(w, "doc has no article file / jsonl id")
        if doc in seen:
            err(w, "duplicate doc")
        seen.add(doc)
        pub = d.get("published")
        if pub is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(pub)):
            err(w, "published must be YYYY-MM-DD or null")
        for key in ("transfers", "systems", "organizations", "people"):
            if not isinstance(d.get(key), list):
                err(w, f"{key} must be a list")
        for i, t in enumerate(d.get("transfers", [])):
            tw = f"{w} transfer {i}"
            n_tr += 1
            n_req += not t.get("optional")
            for k in ("supplier", "recipient"):
                if not ISO.match(str(t.get(k))):
                    err(tw, f"{k} must be an ISO code")
            names(tw + " system", t.get("system"))
            if t.get("kind") not in KINDS:
                err(tw, "bad kind")
            if "status" in t and t["status"] not in STATUSES:
                err(tw, "bad status")
            if "quantity" in t and t["quantity"] is not None and not (isinstance(t["quantity"], int) and t["quantity"] > 0):
                err(tw, "quantity must be a positive integer")
            if "value_usd" in t and t["value_usd"] is not None and not (isinstance(t["value_usd"], (int, float)) and t["value_usd"] > 0):
                err(tw, "value_usd must be a positive number")
            if "order_year" in t and t["order_year"] is not None and not is_year(t["order_year"]):
                err(tw, "order_year must be a year")
            if "delivery_years" in t and t["delivery_years"] is not None:
                dy = t["delivery_years"]
                if not (isinstance(dy, list) and len(dy) == 2 and all(y is None or is_year(y) for y in dy)):
                    err(tw, "delivery_years must be [first|null, last|null]")
                elif None not in dy and dy[0] > dy[1]:
                    err(tw, "delivery_years out of order")
            if not isinstance(t.get("optional", False), bool):
                err(tw, "optional must be a boolean")
            if not isinstance(t.get("note", ""), str):
                err(tw, "note must be a string")
            extra = set(t) - {"supplier", "recipient", "system", "kind", "status", "quantity", "value_usd",
                              "order_year", "delivery_years", "optional", "note"}
            if extra:
                err(tw, f"unknown fields {sorted(extra)}")
        for key in ("systems", "organizations", "people"):
            for j, item in enumerate(d.get(key, [])):
                names(f"{w} {key}[{j}]", item)

missing = sorted(docs - seen)
if missing:
    err("articles", f"documents without gold: {missing}")
for e in errors:
    print(e)
print(f"{len(seen)} docs, {n_tr} transfers ({n_req} required): {'OK' if not errors else f'{len(errors)} problems'}")
sys.exit(1 if errors else 0)
