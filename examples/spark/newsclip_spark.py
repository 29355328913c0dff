"""Extract news pages with newsclip on Spark.

Reads pages (JSON Lines or Parquet with ``id``, ``url`` and ``html`` or
``text``), extracts them with ``mapInArrow`` (one :class:`newsclip.Extractor`
per Python worker process, batches on all its cores) and writes three Parquet
tables that Spark SQL, pandas or DuckDB read directly:

``articles``
    one row per page: ``id``, ``url``, ``error`` (``null`` unless the page
    could not be extracted: it still has its row), ``title``, ``author``,
    ``published`` (ISO 8601), ``section``, ``dateline``, ``place``, ``agency``,
    ``body`` (paragraphs separated by blank lines), ``paragraphs``, ``quotes``,
    ``entities`` (counts) and ``article`` (the whole article as newsclip's
    JSON, so nothing is lost);
``quotes``
    one row per quotation: ``id``, ``quote``, ``text``, ``speaker``,
    ``speaker_kind``, ``speaker_entity``, ``cue``, ``partial``, ``in_title``,
    ``start``, ``end``;
``entities``
    one row per entity mention: ``id``, ``entity``, ``kind``, ``name``,
    ``code``, ``country``, ``title``, ``mention``, ``text``, ``start``, ``end``.

Offsets count code points of the page's text (of the article's ``text`` for
HTML), as Python and Spark's ``substring`` do. ``id`` is read as a string.

    spark-submit examples/spark/newsclip_spark.py pages.jsonl out/
    spark-submit examples/spark/newsclip_spark.py --format parquet pages/ out/

Executors need the ``newsclip`` wheel installed (see "Running on a cluster" in
the README); this file ships itself.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from typing import Any, Optional

import pyarrow as pa
from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

MENTION = T.StructType(
    [
        T.StructField("text", T.StringType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
    ]
)

QUOTE = T.StructType(
    [
        T.StructField("quote", T.IntegerType()),
        T.StructField("text", T.StringType()),
        T.StructField("speaker", T.StringType()),
        T.StructField("speaker_kind", T.StringType()),
        T.StructField("speaker_entity", T.IntegerType()),
        T.StructField("cue", T.StringType()),
        T.StructField("partial", T.BooleanType()),
        T.StructField("in_title", T.BooleanType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
    ]
)

ENTITY = T.StructType(
    [
        T.StructField("entity", T.IntegerType()),
        T.StructField("kind", T.StringType()),
        T.StructField("name", T.StringType()),
        T.StructField("code", T.StringType()),
        T.StructField("country", T.StringType()),
        T.StructField("title", T.StringType()),
        T.StructField("mentions", T.ArrayType(MENTION)),
    ]
)

#: One row per page, quotes and entities nested; the three tables are cut from it.
EXTRACTED = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("url", T.StringType()),
        T.StructField("error", T.StringType()),
        T.StructField("title", T.StringType()),
        T.StructField("author", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("section", T.StringType()),
        T.StructField("dateline", T.StringType()),
        T.StructField("place", T.StringType()),
        T.StructField("agency", T.StringType()),
        T.StructField("body", T.StringType()),
        T.StructField("paragraphs", T.IntegerType()),
        T.StructField("article", T.StringType()),
        T.StructField("quote_rows", T.ArrayType(QUOTE)),
        T.StructField("entity_rows", T.ArrayType(ENTITY)),
    ]
)

_EXTRACTORS: dict[tuple[bool, bool, bool], Any] = {}


def _extractor(options: tuple[bool, bool, bool]) -> Any:
    """This worker process's extractor: built on its first batch, then reused."""
    if options not in _EXTRACTORS:
        import newsclip

        strip, quotes, entities = options
        _EXTRACTORS[options] = newsclip.Extractor(strip=strip, quotes=quotes, entities=entities)
    return _EXTRACTORS[options]


def _text(span: Optional[dict[str, Any]]) -> Optional[str]:
    return None if span is None else span.get("text")


def page_row(page_id: Optional[str], url: Optional[str], result: Any) -> dict[str, Any]:
    """The nested row of one page: of its :class:`newsclip.Article`, or of why it has none."""
    row: dict[str, Any] = {"id": page_id, "url": url, "quote_rows": [], "entity_rows": []}
    if isinstance(result, str):
        row["error"] = result
        return row
    article = result.to_dict()
    dateline = article.get("dateline") or {}
    row.update(
        title=_text(article.get("title")),
        author=_text(article.get("author")),
        published=article.get("published"),
        section=_text(article.get("section")),
        dateline=dateline.get("text"),
        place=dateline.get("place"),
        agency=dateline.get("agency"),
        body="\n\n".join(p["text"] for p in article["paragraphs"]),
        paragraphs=len(article["paragraphs"]),
        article=result.to_json(),
    )
    for i, quote in enumerate(article["quotes"]):
        speaker = quote.get("speaker") or {}
        segments = quote["segments"]
        row["quote_rows"].append(
            {
                "quote": i,
                "text": quote["text"],
                "speaker": speaker.get("name"),
                "speaker_kind": speaker.get("kind"),
                "speaker_entity": speaker.get("entity"),
                "cue": _text(quote.get("cue")),
                "partial": quote["partial"],
                "in_title": quote["in_title"],
                "start": segments[0]["start"] if segments else None,
                "end": segments[-1]["end"] if segments else None,
            }
        )
    for entity in article["entities"]:
        row["entity_rows"].append(
            {
                "entity": entity["id"],
                "kind": entity["kind"],
                "name": entity["name"],
                "code": entity.get("code"),
                "country": entity.get("country"),
                "title": entity.get("title"),
                "mentions": entity["mentions"],
            }
        )
    return row


def extract_batches(
    batches: Iterator[pa.RecordBatch], options: tuple[bool, bool, bool], arrow_schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` body: pages (``id``, ``url``, ``html``, ``text``) in, nested rows out.

    A page with ``html`` is extracted as HTML, else one with ``text`` as text;
    a page with neither, or one newsclip cannot read, gets an ``error``.
    """
    import newsclip

    extractor = _extractor(options)
    for batch in batches:
        pages = batch.to_pydict()
        ids, urls, htmls, texts = pages["id"], pages["url"], pages["html"], pages["text"]
        results: list[Any] = ['record has neither "html" nor "text"'] * len(ids)
        html_rows = [i for i, html in enumerate(htmls) if html is not None]
        text_rows = [i for i, text in enumerate(texts) if text is not None and htmls[i] is None]
        if html_rows:
            done = extractor.extract_html_many([htmls[i] for i in html_rows], [urls[i] for i in html_rows])
            for i, result in zip(html_rows, done):
                results[i] = result
        if text_rows:
            for i, result in zip(text_rows, extractor.extract_many([texts[i] for i in text_rows])):
                results[i] = result
        results = [r.message if isinstance(r, newsclip.ExtractError) else r for r in results]
        rows = [page_row(ids[i], urls[i], result) for i, result in enumerate(results)]
        yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)


def read_pages(spark: SparkSession, path: str, fmt: str) -> DataFrame:
    """Pages with the columns the job reads: ``id``, ``url`` (strings), ``html`` (bytes), ``text``."""
    if fmt == "parquet":
        pages = spark.read.parquet(path)
    else:
        # A schema spares Spark a pass over the pages to infer one; numeric ids read as their text.
        pages = spark.read.schema("id STRING, url STRING, html STRING, text STRING").json(path)
    for column in ("id", "url", "html", "text"):
        if column not in pages.columns:
            pages = pages.withColumn(column, F.lit(None))
    return pages.select(
        F.col("id").cast("string").alias("id"),
        F.col("url").cast("string").alias("url"),
        F.col("html").cast("binary").alias("html"),
        F.col("text").cast("string").alias("text"),
    )


def extract(pages: DataFrame, strip: bool = True, quotes: bool = True, entities: bool = True) -> DataFrame:
    """One nested row per page (schema :data:`EXTRACTED`)."""
    from pyspark.sql.pandas.types import to_arrow_schema

    arrow_schema = to_arrow_schema(EXTRACTED)
    options = (strip, quotes, entities)
    return pages.mapInArrow(lambda batches: extract_batches(batches, options, arrow_schema), EXTRACTED)


def tables(extracted: DataFrame) -> dict[str, DataFrame]:
    """The three flat tables of the nested rows."""
    articles = extracted.select(
        *[c for c in extracted.columns if c not in ("quote_rows", "entity_rows", "article")],
        F.size("quote_rows").alias("quotes"),
        F.size("entity_rows").alias("entities"),
        "article",
    )
    quote_rows = extracted.select("id", F.inline("quote_rows"))
    entity_rows = extracted.select("id", F.inline("entity_rows")).select(
        "id", "entity", "kind", "name", "code", "country", "title", F.posexplode("mentions").alias("mention", "m")
    )
    entity_rows = entity_rows.select(
        "id",
        "entity",
        "kind",
        "name",
        "code",
        "country",
        "title",
        "mention",
        F.col("m.text").alias("text"),
        F.col("m.start").alias("start"),
        F.col("m.end").alias("end"),
    )
    return {"articles": articles, "quotes": quote_rows, "entities": entity_rows}


def run(
    spark: SparkSession,
    input_path: str,
    output: str,
    fmt: str = "jsonl",
    partitions: Optional[int] = None,
    strip: bool = True,
    quotes: bool = True,
    entities: bool = True,
) -> dict[str, int]:
    """Reads, extracts, writes ``output/{articles,quotes,entities}``; returns row counts."""
    _ship_this_module()
    pages = read_pages(spark, input_path, fmt)
    # A few large input files make fewer partitions than cores: spread them.
    partitions = partitions or max(pages.rdd.getNumPartitions(), spark.sparkContext.defaultParallelism)
    if partitions != pages.rdd.getNumPartitions():
        pages = pages.repartition(partitions)
    extracted = extract(pages, strip, quotes, entities).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {}
        for name, table in tables(extracted).items():
            table.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
            counts[name] = table.count()  # from the cached pages: no second extraction
        return counts
    finally:
        extracted.unpersist()


def _ship_this_module() -> None:
    """Pickle this module's functions by value, so executors need only the
    ``newsclip`` wheel, not this file, however the job was started."""
    try:
        from pyspark import cloudpickle

        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    except (ImportError, AttributeError, ValueError):  # already __main__, or an old cloudpickle
        pass


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="pages: a JSON Lines file/dir, or Parquet with --format parquet")
    parser.add_argument("output", help="directory for the articles, quotes and entities tables")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--partitions", type=int, help="repartition the pages (default: at least one per core)")
    parser.add_argument("--no-strip", action="store_true", help="pages are clean body text")
    parser.add_argument("--no-quotes", action="store_true")
    parser.add_argument("--no-entities", action="store_true")
    args = parser.parse_args(argv)
    spark = SparkSession.builder.appName("newsclip").getOrCreate()
    start = time.perf_counter()
    counts = run(
        spark,
        args.input,
        args.output,
        args.format,
        args.partitions,
        not args.no_strip,
        not args.no_quotes,
        not args.no_entities,
    )
    seconds = time.perf_counter() - start
    print(f"newsclip: {counts} in {seconds:.1f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
