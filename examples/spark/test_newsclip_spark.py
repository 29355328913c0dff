"""The Spark job on Spark ``local[2]`` over a few hundred seed-derived pages,
its tables checked against ``newsclip extract --jsonl`` on the same pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pyspark = pytest.importorskip("pyspark", reason="scripts/test installs pyspark")  # never skipped there

import newsclip  # noqa: E402
import newsclip_spark  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def seed_pages() -> list[dict[str, Any]]:
    """Pages made from the seeds: prefixes and suffixes of their lines, straight
    quotation marks, HTML versions, and records that cannot be extracted."""
    pages: list[dict[str, Any]] = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        name = path.stem[:3]
        url = f"https://news.example/{name}"
        for k in range(2, len(lines) + 1):
            pages.append({"id": f"{name}-head-{k}", "url": url, "text": "\n".join(lines[:k])})
        for k in range(1, len(lines) - 1):
            pages.append({"id": f"{name}-tail-{k}", "text": "\n".join(lines[k:])})
        for k in range(len(lines), 1, -2):
            straight = "\n".join(lines[:k]).replace("“", '"').replace("”", '"').replace("’", "'")
            pages.append({"id": f"{name}-straight-{k}", "text": straight})
        for k in (len(lines), len(lines) // 2):
            body = "".join(f"<p>{line}</p>" for line in lines[1:k])
            html = f"<html><head><title>{lines[0]}</title></head><body><h1>{lines[0]}</h1>{body}</body></html>"
            pages.append({"id": f"{name}-html-{k}", "url": url, "html": html})
        pages.append({"id": f"{name}-empty", "url": url})
        pages.append({"id": f"{name}-null", "text": None})
    return pages


def to_code_points(value: Any, text: str) -> Any:
    """The CLI's JSON with every span's byte offsets counted in code points of `text`."""
    encoded = text.encode()
    if isinstance(value, dict):
        is_span = isinstance(value.get("start"), int) and isinstance(value.get("end"), int)
        return {
            key: len(encoded[:item].decode()) if is_span and key in ("start", "end") else to_code_points(item, text)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [to_code_points(item, text) for item in value]
    return value


@pytest.fixture(scope="module")
def pages() -> list[dict[str, Any]]:
    pages = seed_pages()
    assert len(pages) >= 250
    return pages


@pytest.fixture(scope="module")
def cli_articles(pages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """`newsclip extract --jsonl` on the text pages, offsets in code points, by id."""
    builds = [REPO / "target" / profile / "newsclip" for profile in ("release", "debug")]
    cli = os.environ.get("NEWSCLIP_CLI") or next((str(path) for path in builds if path.is_file()), None)
    if cli is None:
        pytest.fail("no newsclip CLI: run `cargo build -p newsclip-cli` or set NEWSCLIP_CLI (scripts/test does)")
    records = [p for p in pages if "html" not in p]
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    out = subprocess.run([cli, "extract", "--jsonl"], input=stdin, capture_output=True, check=True)
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == [r["id"] for r in records]
    return {r["id"]: line if "error" in line else to_code_points(line, r["text"]) for r, line in zip(records, lines)}


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclip-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job_output(spark, pages, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("spark")
    source = root / "pages.jsonl"
    source.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages), encoding="utf-8")
    counts = newsclip_spark.run(spark, str(source), str(root / "out"), partitions=3)
    assert counts["articles"] == len(pages)
    return root / "out"


def read(spark, output: Path, table: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return [row.asDict(recursive=True) for row in spark.read.parquet(str(output / table)).collect()]


def test_every_page_has_its_row_and_errors_are_rows(spark, pages, job_output, cli_articles):  # type: ignore[no-untyped-def]
    articles = {row["id"]: row for row in read(spark, job_output, "articles")}
    assert sorted(articles) == sorted(p["id"] for p in pages)
    failed = {page_id for page_id, row in articles.items() if row["error"] is not None}
    no_content = {p["id"] for p in pages if p.get("html") is None and p.get("text") is None}
    assert failed == no_content
    # The CLI, given the same records, fails on the same ones.
    assert {i for i, a in cli_articles.items() if "error" in a} == no_content
    for page_id in failed:
        assert articles[page_id]["article"] is None and articles[page_id]["quotes"] == 0


def test_articles_match_the_cli(spark, pages, job_output, cli_articles):  # type: ignore[no-untyped-def]
    articles = {row["id"]: row for row in read(spark, job_output, "articles")}
    checked = 0
    for page_id, expected in cli_articles.items():
        if "error" in expected:
            continue
        row = articles[page_id]
        # The CLI's line also carries the record's own fields (id, url).
        expected = {k: v for k, v in expected.items() if k not in ("id", "url")}
        article = json.loads(row["article"])
        assert article.pop("url", row["url"]) == row["url"], page_id
        assert article == expected, page_id
        assert row["title"] == (expected["title"] or {}).get("text")
        assert row["author"] == (expected["author"] or {}).get("text")
        assert row["published"] == expected["published"]
        assert row["body"] == "\n\n".join(p["text"] for p in expected["paragraphs"])
        assert (row["paragraphs"], row["quotes"], row["entities"]) == (
            len(expected["paragraphs"]),
            len(expected["quotes"]),
            len(expected["entities"]),
        )
        checked += 1
    assert checked >= 240


def test_quotes_are_one_row_per_quotation(spark, job_output, cli_articles):  # type: ignore[no-untyped-def]
    rows = read(spark, job_output, "quotes")
    got = sorted((r["id"], r["quote"], r["text"], r["speaker"], r["cue"], r["start"], r["end"]) for r in rows)
    expected = sorted(
        (
            page_id,
            i,
            q["text"],
            (q["speaker"] or {}).get("name"),
            (q["cue"] or {}).get("text"),
            q["segments"][0]["start"],
            q["segments"][-1]["end"],
        )
        for page_id, article in cli_articles.items()
        if "error" not in article
        for i, q in enumerate(article["quotes"])
    )
    html_ids = {r[0] for r in got if "-html-" in r[0]}
    assert [r for r in got if r[0] not in html_ids] == expected
    assert len(expected) > 500


def test_entities_are_one_row_per_mention(spark, job_output, cli_articles):  # type: ignore[no-untyped-def]
    rows = [r for r in read(spark, job_output, "entities") if "-html-" not in r["id"]]
    got = sorted(
        (r["id"], r["entity"], r["mention"], r["kind"], r["name"], r["code"], r["text"], r["start"]) for r in rows
    )
    expected = sorted(
        (page_id, e["id"], m, e["kind"], e["name"], e["code"], mention["text"], mention["start"])
        for page_id, article in cli_articles.items()
        if "error" not in article
        for e in article["entities"]
        for m, mention in enumerate(e["mentions"])
    )
    assert got == expected and len(expected) > 1000


def test_html_pages_match_the_library(spark, pages, job_output):  # type: ignore[no-untyped-def]
    articles = {row["id"]: row for row in read(spark, job_output, "articles")}
    html_pages = [p for p in pages if "html" in p]
    assert html_pages
    for page in html_pages:
        expected = newsclip.extract_html(page["html"].encode(), page.get("url"))
        assert json.loads(articles[page["id"]]["article"]) == expected.to_dict()
        assert articles[page["id"]]["url"] == page.get("url")


def test_tables_answer_spark_sql_and_pandas(spark, job_output):  # type: ignore[no-untyped-def]
    for table in ("articles", "quotes", "entities"):
        spark.read.parquet(str(job_output / table)).createOrReplaceTempView(table)
    top = spark.sql(
        """SELECT q.speaker, count(*) AS n FROM quotes q JOIN articles a ON q.id = a.id
           WHERE a.error IS NULL AND q.speaker IS NOT NULL GROUP BY q.speaker ORDER BY n DESC LIMIT 3"""
    ).collect()
    assert top and top[0]["n"] > 1
    # Offsets are code points, as Spark's substring counts them (1-based).
    spark.read.json(str(job_output.parent / "pages.jsonl")).createOrReplaceTempView("pages")
    mentions = spark.sql(
        """SELECT count(*) AS n, count_if(substring(p.text, e.start + 1, e.end - e.start) = e.text) AS same
           FROM entities e JOIN pages p ON e.id = p.id WHERE p.text IS NOT NULL"""
    ).collect()[0]
    assert mentions["n"] > 1000 and mentions["same"] == mentions["n"]
    import pandas as pd

    quotes = pd.read_parquet(job_output / "quotes")
    assert {"id", "quote", "text", "speaker", "cue", "start", "end"} <= set(quotes.columns)
    assert len(quotes) == spark.table("quotes").count()


def test_parquet_input_with_html_bytes(spark, pages, tmp_path):  # type: ignore[no-untyped-def]
    import pyarrow as pa
    import pyarrow.parquet as pq

    sample = [p for p in pages if "html" in p][:4] + [p for p in pages if "text" in p][:6]
    table = pa.table(
        {
            "id": [p["id"] for p in sample],
            "url": [p.get("url") for p in sample],
            "html": [p["html"].encode() if "html" in p else None for p in sample],
            "text": [p.get("text") for p in sample],
        }
    )
    pq.write_table(table, tmp_path / "pages.parquet")
    counts = newsclip_spark.run(spark, str(tmp_path / "pages.parquet"), str(tmp_path / "out"), fmt="parquet")
    assert counts["articles"] == len(sample)
    articles = {row["id"]: row for row in read(spark, tmp_path / "out", "articles")}
    for page in sample:
        expected = (
            newsclip.extract_html(page["html"].encode(), page.get("url"))
            if "html" in page
            else newsclip.extract(page["text"])
        )
        assert json.loads(articles[page["id"]]["article"]) == expected.to_dict()
