"""News pages in, facts out.

newsclip turns a news page into the clean article (title, dateline, author,
date, body paragraphs, with every removed block and why), every direct
quotation with who said it, and the people, countries and institutions it
mentions, normalized. The work is done in Rust, with the GIL released.

>>> import newsclip
>>> article = newsclip.extract(
...     "Council Approves New Budget\\n"
...     "SPRINGFIELD (AP) — The city council approved the budget on Tuesday.\\n"
...     "“This is a good day for the city,” Mayor Ana Lopez told reporters.\\n"
... )
>>> article.title.text
'Council Approves New Budget'
>>> quote = article.quotes[0]
>>> quote.text, quote.speaker.name, quote.cue.text
('This is a good day for the city,', 'Ana Lopez', 'told')

Offsets count code points of the text the article describes, so
``text[span.start:span.end] == span.text``; ``span.byte_start`` and
``span.byte_end`` are the UTF-8 byte offsets of the Rust library and the CLI.

Many pages at once, on every core, in input order, bad records as
:class:`ExtractError` values in their place:

>>> results = newsclip.extract_many(["Title\\nSome text.", b"\\xff", 42])
>>> [type(r).__name__ for r in results]
['Article', 'ExtractError', 'ExtractError']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Optional, Union

from newsclip import _core
from newsclip._article import (
    Article,
    Dateline,
    Entity,
    ExtractError,
    Quote,
    Record,
    Removed,
    Span,
    Speaker,
)

__version__: str = _core.__version__

__all__ = [
    "Article",
    "Dateline",
    "Entity",
    "ExtractError",
    "Extractor",
    "Quote",
    "Record",
    "Removed",
    "Span",
    "Speaker",
    "extract",
    "extract_html",
    "extract_html_many",
    "extract_many",
    "iter_many",
]

Page = Union[str, bytes]
Result = Union[Article, ExtractError]

#: Pages handed to Rust per call by the batch functions: enough to keep every
#: core busy, few enough to bound the memory of a long stream.
DEFAULT_BATCH_SIZE = 1024


class Extractor:
    """Extracts articles; build one and reuse it (it is cheap to share and
    safe to use from several threads).

    ``strip=False`` takes the input as clean body text (no boilerplate
    stripping, every paragraph is body, no title). ``quotes=False`` and
    ``entities=False`` skip those stages (their lists are then empty).
    """

    __slots__ = ("_core",)

    def __init__(self, *, strip: bool = True, quotes: bool = True, entities: bool = True) -> None:
        self._core = _core.Extractor(bool(strip), bool(quotes), bool(entities))

    @property
    def strip(self) -> bool:
        """Whether boilerplate is stripped."""
        return self._core.strip

    @property
    def quotes(self) -> bool:
        """Whether quotations are found."""
        return self._core.quotes

    @property
    def entities(self) -> bool:
        """Whether people, countries and institutions are tagged."""
        return self._core.entities

    def __repr__(self) -> str:
        return f"Extractor(strip={self.strip}, quotes={self.quotes}, entities={self.entities})"

    def __reduce__(self) -> tuple:  # type: ignore[type-arg]
        return (_restore_extractor, (self.strip, self.quotes, self.entities))

    def extract(self, text: Page) -> Article:
        """Extracts one page dumped to text (``str``, or UTF-8 ``bytes``).

        Raises ``TypeError`` for anything else and ``ValueError`` for bytes
        that are not UTF-8 (the message gives the offset of the first bad byte).
        Offsets count code points of ``text`` (of ``text.decode()`` for bytes).
        """
        return Article._of(self._core.extract(text))

    def extract_html(self, html: Page, url: Optional[str] = None) -> Article:
        """Extracts one HTML page: the ``bytes`` a crawler fetched (any
        charset) or a ``str``, and its URL when known. Offsets count code
        points of ``article.text``."""
        return Article._of(self._core.extract_html(html, url))

    def iter_many(
        self,
        pages: Iterable[object],
        *,
        threads: Optional[int] = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> Iterator[Result]:
        """Like :meth:`extract_many`, yielding results as batches complete, so
        that a stream of any length runs in bounded memory."""
        return self._iter(pages, None, False, threads, batch_size)

    def extract_many(
        self,
        pages: Iterable[object],
        *,
        threads: Optional[int] = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> list[Result]:
        """Extracts many page dumps on ``threads`` threads (default: every
        core) with the GIL released; one result per page, in input order.

        A page that cannot be extracted (not ``str``/``bytes``, invalid UTF-8)
        gives an :class:`ExtractError` in its place, never an exception.
        """
        return list(self._iter(pages, None, False, threads, batch_size))

    def extract_html_many(
        self,
        pages: Iterable[object],
        urls: Optional[Iterable[Optional[str]]] = None,
        *,
        threads: Optional[int] = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> list[Result]:
        """Extracts many HTML pages, like :meth:`extract_many`; ``urls``, when
        given, holds one URL (or ``None``) per page."""
        return list(self._iter(pages, urls, True, threads, batch_size))

    def _iter(
        self,
        pages: Iterable[object],
        urls: Optional[Iterable[Optional[str]]],
        html: bool,
        threads: Optional[int],
        batch_size: int,
    ) -> Iterator[Result]:
        if threads is not None and threads < 1:
            raise ValueError("threads must be at least 1")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        page_iter = iter(pages)
        url_iter = None if urls is None else iter(urls)
        index = 0
        while True:
            batch = list(itertools.islice(page_iter, batch_size))
            batch_urls = None if url_iter is None else list(itertools.islice(url_iter, len(batch)))
            if batch_urls is not None and len(batch_urls) != len(batch):
                raise ValueError(f"fewer urls than pages ({index + len(batch_urls)} urls)")
            if not batch:
                if url_iter is not None and next(url_iter, _END) is not _END:
                    raise ValueError(f"more urls than pages ({index} pages)")
                return
            for result in self._core.extract_batch(batch, batch_urls, html, threads):
                if isinstance(result, tuple):
                    kind, message, byte_offset = result
                    yield ExtractError(message, kind, index, byte_offset)
                else:
                    yield Article._of(result)
                index += 1


_END = object()


def _restore_extractor(strip: bool, quotes: bool, entities: bool) -> Extractor:
    return Extractor(strip=strip, quotes=quotes, entities=entities)


_default: Optional[Extractor] = None


def _default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: Page) -> Article:
    """Extracts one page dumped to text with the default :class:`Extractor`."""
    return _default_extractor().extract(text)


def extract_html(html: Page, url: Optional[str] = None) -> Article:
    """Extracts one HTML page with the default :class:`Extractor`."""
    return _default_extractor().extract_html(html, url)


def extract_many(
    pages: Iterable[object], *, threads: Optional[int] = None, batch_size: int = DEFAULT_BATCH_SIZE
) -> list[Result]:
    """:meth:`Extractor.extract_many` with the default :class:`Extractor`."""
    return _default_extractor().extract_many(pages, threads=threads, batch_size=batch_size)


def iter_many(
    pages: Iterable[object], *, threads: Optional[int] = None, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Result]:
    """:meth:`Extractor.iter_many` with the default :class:`Extractor`."""
    return _default_extractor().iter_many(pages, threads=threads, batch_size=batch_size)


def extract_html_many(
    pages: Iterable[object],
    urls: Optional[Iterable[Optional[str]]] = None,
    *,
    threads: Optional[int] = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[Result]:
    """:meth:`Extractor.extract_html_many` with the default :class:`Extractor`."""
    return _default_extractor().extract_html_many(pages, urls, threads=threads, batch_size=batch_size)
