#!/usr/bin/env python3
"""Synthetic news corpus for armscope's whole-run benchmark (python3, stdlib only).

Builds N plain-text articles from the team's sample articles (testdata/articles: txt, html,
jsonl) by recombining paragraphs of different articles and varying what they name:

  * header (site furniture, headline, dateline) and footer (comment form, "more stories")
    come from one sample .txt article, the body from 4-9 paragraphs of at least three
    different articles, so every document has page noise to drop and a dateline to read;
  * states (name, alias, adjective, capital as in the catalog's states.tsv) are mapped to
    other states, weapon systems (systems.tsv names and aliases) to other systems of the
    same category, known given names (person_names.tsv) to other given names, consistently
    within one document;
  * numbers are rescaled (keeping their shape: commas, decimals), years are shifted by a
    per-document offset; days of the month stay as they are.

Deterministic: the same --seed and --docs give byte-identical files.

    bench/make_corpus.py OUT_DIR [--docs 20000] [--seed 1] [--jsonl FILE] [--shard 1000]

Writes OUT_DIR/shard-NNN/doc-NNNNNN.txt (--shard files per folder) and, with --jsonl, the same
articles as JSON Lines (id, title, published, text). Prints one JSON summary line.
"""

import argparse
import html.parser
import json
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "testdata" / "articles"
CATALOG = ROOT / "crates" / "catalog" / "data"

MONTHS = ("January February March April May June July August September October November "
          "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
MONTH_RE = "|".join(MONTHS)


# ---------------------------------------------------------------- reading the seed articles

class _HtmlParagraphs(html.parser.HTMLParser):
    """Text of <p> elements inside <article> (or anywhere when there is none)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self._buf, self._in_p, self._skip = [], [], False, 0

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "p" and not any(w in cls for w in ("byline", "caption", "meta", "share")):
            self._in_p, self._buf = True, []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "p" and self._in_p:
            self._in_p = False
            text = " ".join("".join(self._buf).split())
            if text:
                self.paras.append(text)

    def handle_data(self, data):
        if self._in_p and not self._skip:
            self._buf.append(data)


def is_body(block):
    """A paragraph of running prose, not page furniture."""
    return "\n" not in block and len(block) >= 140 and len(block.split()) >= 20 and "." in block


def blocks(text):
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def read_seeds():
    """(bodies, frames): body paragraphs tagged with their article, and (header, footer) of
    each .txt article."""
    bodies, frames = [], []
    for f in sorted(ARTICLES.iterdir()):
        if f.suffix == ".txt":
            bs = blocks(f.read_text(encoding="utf-8"))
            idx = [i for i, b in enumerate(bs) if is_body(b)]
            if not idx:
                continue
            frames.append(("\n\n".join(bs[: idx[0]]), "\n\n".join(bs[idx[-1] + 1:])))
            bodies += [(f.name, bs[i]) for i in idx]
        elif f.suffix in (".html", ".htm"):
            p = _HtmlParagraphs()
            p.feed(f.read_text(encoding="utf-8"))
            bodies += [(f.name, b) for b in p.paras if is_body(b)]
        elif f.suffix == ".jsonl":
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    obj = json.loads(line)
                    bodies += [(f"{f.name}:{n}", b) for b in blocks(obj["text"]) if is_body(b)]
    if len({a for a, _ in bodies}) < 3 or not frames:
        sys.exit(f"make_corpus: too few seed articles in {ARTICLES}")
    return bodies, frames


# ---------------------------------------------------------------- catalog vocabularies

def tsv(name):
    rows = []
    with open(CATALOG / name, encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def split_list(cell):
    return [x.strip() for x in cell.split("|") if x.strip()]


def vocabularies():
    """Forms to look for, each with what it stands for, and the pools to draw replacements."""
    forms = {}  # surface form -> (kind, key, role)
    states = {}
    for r in tsv("states.tsv"):
        if r.get("kind") != "state":
            continue
        code = r["code"]
        adjs, caps = split_list(r["adjectives"]), split_list(r["metonyms"])
        states[code] = {"name": r["name"], "adjective": adjs[0] if adjs else None,
                        "capital": caps[0] if caps else None}
        for form, role in ([(r["name"], "name")] + [(a, "name") for a in split_list(r["aliases"])]
                           + [(a, "adjective") for a in adjs] + [(c, "capital") for c in caps]):
            if len(form) >= 3 and form[0].isupper():
                forms.setdefault(form, ("state", code, role))
    # Replacement pool: states that have all three forms (adjective and capital).
    state_pool = sorted(c for c, s in states.items() if s["adjective"] and s["capital"])

    systems_by_cat = {}
    for r in tsv("systems.tsv"):
        if r.get("ambiguous", "").strip():
            continue
        cat = r["category"] or "other"
        names = [r["name"]] + split_list(r["aliases"])
        systems_by_cat.setdefault(cat, []).append(r["name"])
        for form in names:
            if len(form) >= 3 and any(ch.isupper() or ch.isdigit() for ch in form):
                forms.setdefault(form, ("system", cat, None))

    given = sorted(r["name"] for r in tsv("person_names.tsv")
                   if r["kind"] == "given" and len(r["name"]) >= 3)
    for g in given:
        forms.setdefault(g, ("given", None, None))
    return forms, states, state_pool, systems_by_cat, given


# ---------------------------------------------------------------- templates

NUMBER = r"(?<![\w.-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w-])|(?<![\w.,-])\d+(?:\.\d+)?(?![\w,-])"
DAY = rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\b|\b(?:{MONTH_RE})\.?\s+\d{{1,2}}\b(?!,\d)"
CLOCK = r"\b\d{1,2}[:.]\d{2}\b"


def compile_template_regex(forms):
    names = sorted(forms, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?P<day>{DAY})|(?P<clock>{CLOCK})|(?P<name>(?<![\w-])(?:{alternation})(?![\w-]))|(?P<num>{NUMBER})")


def template(text, rx, forms):
    """A paragraph as literal strings and slots to fill per document."""
    parts, at = [], 0
    for m in rx.finditer(text):
        if m.lastgroup in ("day", "clock"):
            continue  # kept literally (they are part of the text between slots)
        parts.append(text[at:m.start()])
        s = m.group()
        if m.lastgroup == "name":
            parts.append((forms[s], s))
        else:
            plain = s.replace(",", "")
            if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", s):
                parts.append((("year", int(s), None), s))
            else:
                parts.append((("number", float(plain), None), s))
        at = m.end()
    parts.append(text[at:])
    return parts


# ---------------------------------------------------------------- filling per document

class Variation:
    """One document's consistent choices: which state, system and given name becomes which,
    and by how much years move."""

    def __init__(self, rng, vocab):
        self.rng = rng
        _, self.states, self.state_pool, self.systems_by_cat, self.given = vocab
        self.year_shift = rng.randint(-4, 2)
        self.map = {}

    def _pick(self, key, choices):
        if key not in self.map:
            self.map[key] = self.rng.choice(choices)
        return self.map[key]

    def render(self, slot, original):
        kind, key, role = slot
        rng = self.rng
        if kind == "state":
            target = self.states[self._pick(("state", key), self.state_pool)]
            return target.get(role) or target["name"]
        if kind == "system":
            pool = self.systems_by_cat.get(key) or [original]
            return self._pick(("system", original), pool)
        if kind == "given":
            return self._pick(("given", original), self.given)
        if kind == "year":
            return str(key + self.year_shift)
        # a number: rescale, keep its shape
        value = key * rng.choice((0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0))
        if "." in original:
            decimals = len(original.split(".")[1])
            return f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
        value = max(1, round(value))
        return f"{value:,}" if "," in original else str(value)

    def fill(self, parts):
        return "".join(p if isinstance(p, str) else self.render(*p) for p in parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shard", type=int, default=1000, help="files per sub-folder")
    ap.add_argument("--jsonl", type=pathlib.Path, help="also write the articles as JSON Lines")
    a = ap.parse_args()

    bodies, frames = read_seeds()
    vocab = vocabularies()
    rx = compile_template_regex(vocab[0])
    body_t = [(src, template(b, rx, vocab[0])) for src, b in bodies]
    frame_t = [(template(h, rx, vocab[0]), template(f, rx, vocab[0])) for h, f in frames]
    sources = sorted({s for s, _ in body_t})
    by_source = {s: [t for src, t in body_t if src == s] for s in sources}

    rng = random.Random(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    jsonl = open(a.jsonl, "w", encoding="utf-8") if a.jsonl else None
    total = 0
    for i in range(a.docs):
        var = Variation(rng, vocab)
        header, footer = rng.choice(frame_t)
        n_paras = rng.randint(4, 9)
        picked_sources = rng.sample(sources, k=min(len(sources), rng.randint(3, 5)))
        paras = [rng.choice(by_source[picked_sources[k % len(picked_sources)]]) for k in range(n_paras)]
        text_parts = [var.fill(header)] + [var.fill(p) for p in paras]
        if rng.random() < 0.8:
            text_parts.append(var.fill(footer))
        text = "\n\n".join(t for t in text_parts if t.strip()) + "\n"
        folder = a.out / f"shard-{i // a.shard:03d}"
        if i % a.shard == 0:
            folder.mkdir(exist_ok=True)
        (folder / f"doc-{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        if jsonl:
            jsonl.write(json.dumps({"id": f"doc-{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    if jsonl:
        jsonl.close()
    print(json.dumps({"docs": a.docs, "bytes": total, "seed": a.seed, "seed_articles": len(sources),
                      "seed_paragraphs": len(body_t), "out": str(a.out)}))


if __name__ == "__main__":
    main()
