"""Batches, HTML, pickling, threads and processes."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
import time

import pytest

import newsclip


@pytest.fixture(scope="module")
def pages(seed_texts):
    # Seed pages, their halves and variants: enough for several batches.
    texts = list(seed_texts.values())
    out = []
    for i in range(60):
        text = texts[i % len(texts)]
        out.append(text if i % 3 else text[: len(text) // (2 + i % 4)])
    return out


def test_results_come_in_input_order_on_any_number_of_threads(pages):
    one = [newsclip.extract(p) for p in pages]
    for threads in (1, 2, 3):
        assert newsclip.extract_many(pages, threads=threads) == one
    # Small batches, from a generator: the same.
    assert newsclip.extract_many((p for p in pages), batch_size=7) == one
    assert list(newsclip.iter_many(iter(pages), batch_size=16)) == one


def test_bad_records_are_errors_in_place(pages):
    mixed = [pages[0], b"ok \xff", None, 3, pages[1], "surrogate \udc80", pages[2].encode()]
    results = newsclip.extract_many(mixed, batch_size=2)
    assert len(results) == len(mixed)
    assert results[0] == newsclip.extract(pages[0])
    assert results[4] == newsclip.extract(pages[1])
    assert results[6] == newsclip.extract(pages[2])
    utf8, none, number, surrogate = results[1], results[2], results[3], results[5]
    assert isinstance(utf8, newsclip.ExtractError)
    assert (utf8.kind, utf8.index, utf8.byte_offset) == ("encoding", 1, 3)
    assert "byte offset 3" in str(utf8)
    assert isinstance(none, newsclip.ExtractError) and none.kind == "type" and "NoneType" in none.message
    assert isinstance(number, newsclip.ExtractError) and number.index == 3 and "int" in number.message
    assert isinstance(surrogate, newsclip.ExtractError) and surrogate.kind == "encoding"
    assert number.to_dict() == {"error": number.message}
    with pytest.raises(newsclip.ExtractError):
        raise number


def test_batch_arguments_are_checked():
    with pytest.raises(ValueError, match="threads"):
        newsclip.extract_many(["a"], threads=0)
    with pytest.raises(ValueError, match="batch_size"):
        newsclip.extract_many(["a"], batch_size=0)
    with pytest.raises(TypeError):
        newsclip.extract_many(42)  # type: ignore[arg-type]
    assert newsclip.extract_many([]) == []


HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Café Council Approves Budget</title></head>"
    "<body><nav>Home | World</nav><article><h1>Café Council Approves Budget</h1>"
    "<p>SPRINGFIELD (AP) — The city council approved the budget on Tuesday after a long debate.</p>"
    "<p>“This is a good day for the city,” Mayor Ana López told reporters after the vote.</p>"
    "</article></body></html>"
)


def test_html_pages_as_str_or_bytes():
    from_str = newsclip.extract_html(HTML, url="https://example.org/news/budget")
    from_bytes = newsclip.extract_html(HTML.encode(), url="https://example.org/news/budget")
    assert from_str == from_bytes
    # Spans index the article's own rendering of the page.
    assert from_str.text is not None and "Café Council" in from_str.text
    for span in from_str.iter_spans():
        assert from_str.text[span.start : span.end] == span.text
    many = newsclip.extract_html_many(
        [HTML, HTML.encode(), 7], urls=["https://example.org/a", "https://example.org/a", None]
    )
    assert many[0] == many[1] and isinstance(many[2], newsclip.ExtractError)
    with pytest.raises(ValueError, match="urls"):
        newsclip.extract_html_many([HTML, HTML], urls=["https://example.org/a"])
    with pytest.raises(ValueError, match="urls"):
        newsclip.extract_html_many([HTML], urls=["https://example.org/a", "https://example.org/b"])


def test_html_str_is_read_as_text_whatever_charset_the_page_declares():
    # A str is already decoded: its <meta charset> no longer describes it.
    page = HTML.replace("charset='utf-8'", "charset='windows-1252'")
    article = newsclip.extract_html(page)
    assert article.title is not None and article.title.text == "Café Council Approves Budget"
    assert any("López" in p.text for p in article.paragraphs)
    # The same page as bytes in the charset it declares reads the same.
    assert newsclip.extract_html(page.encode("windows-1252")).title == article.title


def test_everything_pickles(pages):
    article = newsclip.extract(pages[0])
    for value in (article, article.quotes[0], article.entities[0], article.title, newsclip.Extractor(quotes=False)):
        copy = pickle.loads(pickle.dumps(value))
        assert type(copy) is type(value)
        assert repr(copy) == repr(value)
    assert pickle.loads(pickle.dumps(article)) == article
    error = newsclip.extract_many([1])[0]
    assert pickle.loads(pickle.dumps(error)) == error
    assert pickle.loads(pickle.dumps(newsclip.Extractor(entities=False))).entities is False


def _extract_in_child(pages):
    return [a.to_dict() for a in newsclip.extract_many(pages, threads=2)]


def test_worker_processes_can_fork_after_threads_ran(pages):
    # Threads live only for a call, so a forked child (Spark, multiprocessing) is safe.
    expected = [a.to_dict() for a in newsclip.extract_many(pages[:8], threads=2)]
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        results = pool.map(_extract_in_child, [pages[:8], pages[:8]])
    assert results == [expected, expected]


def test_the_gil_is_released_while_rust_works(seed_texts):
    stamps = []
    running = True

    def count():
        ticks = 0
        while running:
            ticks += 1
            if ticks % 1000 == 0:
                stamps.append(time.perf_counter())

    extractor = newsclip.Extractor()
    margin = 0.02
    counter = threading.Thread(target=count)
    counter.start()
    try:
        # A page long enough for the call to outlast a few thread switches.
        page = "\n".join(seed_texts.values())
        for _ in range(12):
            start = time.perf_counter()
            extractor.extract(page)
            end = time.perf_counter()
            if end - start > 10 * margin:
                break
            page += "\n" + page
    finally:
        running = False
        counter.join()
    assert end - start > 10 * margin, "the page should take a while to extract"
    # Had the call held the GIL, the counter could not have run in its middle
    # (a thread switch can only happen in the first few ms, before Rust runs).
    assert any(start + margin < t < end - margin for t in stamps)
