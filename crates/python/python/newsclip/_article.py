"""Typed views of an extracted article.

Every object here wraps one JSON object of the article's serde form (the JSON
the ``newsclip`` command-line tool prints), so attribute names mirror the JSON
contract. Fields that newsclip adds later are readable as attributes and appear
in :meth:`Record.to_dict` without a new release of these classes.

Offsets (``start``, ``end``) count **code points** of the text the article
describes (the input for :func:`newsclip.extract`, ``article.text`` for
:func:`newsclip.extract_html`), so ``text[span.start:span.end] == span.text``.
``byte_start`` and ``byte_end`` give the UTF-8 byte offsets the Rust library
and the CLI use; ``to_dict(byte_offsets=True)`` gives the CLI's JSON exactly.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from typing import Any, Optional, Union

__all__ = [
    "Article",
    "Dateline",
    "Entity",
    "ExtractError",
    "Quote",
    "Record",
    "Removed",
    "Span",
    "Speaker",
]

#: Keys whose ``{start, end}`` objects are byte ranges into another document
#: (the HTML a paragraph came from): they are never converted to code points.
_BYTE_RANGE_KEYS = frozenset(["source"])

_ByteMap = Optional[dict[int, int]]


def _is_span(value: dict[str, Any]) -> bool:
    """A JSON object whose ``start`` and ``end`` are offsets into the text."""
    start, end = value.get("start"), value.get("end")
    return type(start) is int and type(end) is int


def _copy(value: Any, byte_map: _ByteMap, to_bytes: bool) -> Any:
    """A deep copy of a JSON-like value, offsets (integers under ``start`` and
    ``end`` keys) turned back into bytes if asked."""
    if isinstance(value, dict):
        spans = byte_map if to_bytes else None
        out = {}
        for key, item in value.items():
            if spans is not None and key in ("start", "end") and type(item) is int:
                out[key] = spans.get(item, item)
            elif key in _BYTE_RANGE_KEYS:
                out[key] = _copy(item, None, False)
            else:
                out[key] = _copy(item, byte_map, to_bytes)
        return out
    if isinstance(value, list):
        return [_copy(item, byte_map, to_bytes) for item in value]
    return value


def _wrap(key: str, value: Any, byte_map: _ByteMap) -> Any:
    """The attribute form of a field no typed property covers."""
    if isinstance(value, dict):
        if key in _BYTE_RANGE_KEYS:
            return Record(value, None)
        return (Span if _is_span(value) else Record)(value, byte_map)
    if isinstance(value, list):
        return [_wrap(key, item, byte_map) for item in value]
    return value


def _parse_date(value: Optional[str]) -> Optional[_dt.date]:
    try:
        return _dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _parse_timestamp(value: Optional[str]) -> Union[_dt.datetime, _dt.date, None]:
    """ISO 8601 as newsclip writes it: ``2023-06-22``, ``2023-12-06T09:34``,
    ``2023-12-05T14:30Z``, ``2023-12-05T16:12:05-05:00`` (Python 3.9's
    ``fromisoformat`` reads no ``Z``). A leap second reads as ``:59``."""
    if not value:
        return None
    day, _, clock = value.partition("T")
    if not clock:
        return _parse_date(day)
    try:
        zone: Optional[_dt.tzinfo] = None
        if clock.endswith("Z"):
            clock, zone = clock[:-1], _dt.timezone.utc
        else:
            cut = max(clock.rfind("+"), clock.rfind("-"))
            if cut > 0:
                sign = -1 if clock[cut] == "-" else 1
                hours, _, minutes = clock[cut + 1 :].partition(":")
                delta = _dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
                clock, zone = clock[:cut], _dt.timezone(sign * delta)
        parts = [int(p) for p in clock.split(":")]
        hour, minute = parts[0], parts[1]
        second = min(parts[2], 59) if len(parts) > 2 else 0
        year, month, mday = (int(p) for p in day.split("-"))
        return _dt.datetime(year, month, mday, hour, minute, second, tzinfo=zone)
    except (ValueError, IndexError):
        return None


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class Record:
    """One JSON object of an article; every field is an attribute.

    The typed subclasses (:class:`Article`, :class:`Quote` …) document the
    fields newsclip has today; any other field is still an attribute, with
    nested objects wrapped the same way.
    """

    __slots__ = ("_b", "_d")

    def __init__(self, data: dict[str, Any], byte_map: _ByteMap = None) -> None:
        self._d = data
        self._b = byte_map

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            value = self._d[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
        return _wrap(name, value, self._b)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._d))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(self._d == other._d)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        return (type(self), (self._d, self._b))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._d!r})"

    def to_dict(self, byte_offsets: bool = False) -> dict[str, Any]:
        """A fresh dict of this object's JSON form, offsets in code points or,
        with ``byte_offsets=True``, in UTF-8 bytes as the CLI prints them."""
        out: dict[str, Any] = _copy(self._d, self._b, byte_offsets)
        return out

    def _get(self, key: str) -> Any:
        return self._d.get(key)

    def _one(self, key: str, cls: type) -> Any:
        value = self._d.get(key)
        return None if value is None else cls(value, self._b)

    def _many(self, key: str, cls: type) -> list[Any]:
        return [cls(item, self._b) for item in self._d.get(key) or ()]


class _ByteRange(Record):
    __slots__ = ()

    @property
    def start(self) -> int:
        """Code-point offset of the first character."""
        value: int = self._d["start"]
        return value

    @property
    def end(self) -> int:
        """Code-point offset one past the last character."""
        value: int = self._d["end"]
        return value

    @property
    def byte_start(self) -> int:
        """UTF-8 byte offset of the first character (as in the CLI's JSON)."""
        return self._bytes(self.start)

    @property
    def byte_end(self) -> int:
        """UTF-8 byte offset one past the last character."""
        return self._bytes(self.end)

    def _bytes(self, offset: int) -> int:
        return offset if self._b is None else self._b.get(offset, offset)


class Span(_ByteRange):
    """A piece of the text and where it is: ``text == source[start:end]``."""

    __slots__ = ()

    @property
    def text(self) -> str:
        """The text, as it stands in the source between ``start`` and ``end``."""
        value: str = self._d["text"]
        return value

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._d.get('text')!r}, {self.start}, {self.end})"


class Dateline(Span):
    """The dateline (``WASHINGTON (AP) —``) and what it says."""

    __slots__ = ()

    @property
    def place(self) -> Optional[str]:
        """The place (``Washington D.C.``)."""
        return self._get("place")  # type: ignore[no-any-return]

    @property
    def date(self) -> Optional[_dt.date]:
        """The date the dateline gives, if any (``to_dict()`` has it as ISO 8601)."""
        return _parse_date(self._get("date"))

    @property
    def agency(self) -> Optional[str]:
        """The news agency (``AP``, ``Reuters``)."""
        return self._get("agency")  # type: ignore[no-any-return]


class Removed(_ByteRange):
    """A block of the page that is not article text, and why."""

    __slots__ = ()

    @property
    def reason(self) -> str:
        """Why it is not article text (``navigation``, ``teaser``, ``caption`` …)."""
        value: str = self._d["reason"]
        return value

    def __repr__(self) -> str:
        return f"Removed({self.reason!r}, {self.start}, {self.end})"


class Speaker(Record):
    """Who said a quotation."""

    __slots__ = ()

    @property
    def name(self) -> Optional[str]:
        """The speaker's full name; several people's names joined by ``and``.

        ``None`` when the mention refers back to someone the text does not name,
        or to no one compatible with it (``he``, ``the judge``): the mention is
        kept, no name is guessed.
        """
        value: Optional[str] = self._d.get("name")
        return value

    @property
    def names(self) -> list[str]:
        """One name per person when several people speak together."""
        return list(self._d.get("names") or ())

    @property
    def kind(self) -> str:
        """``person``, ``institution``, ``country`` or ``group``."""
        value: str = self._d["kind"]
        return value

    @property
    def mention(self) -> Optional[Span]:
        """The words that point to the speaker (``He``, ``Patel``)."""
        return self._one("mention", Span)  # type: ignore[no-any-return]

    @property
    def entity(self) -> Optional[int]:
        """The :attr:`Entity.id` of the speaker in :attr:`Article.entities`."""
        return self._get("entity")  # type: ignore[no-any-return]

    @property
    def rule(self) -> Optional[str]:
        """The rule that made the mention this name (``quotes.speaker.spokesperson`` …)."""
        return self._get("rule")  # type: ignore[no-any-return]

    @property
    def attribution(self) -> Optional[str]:
        """The rule that found the speaker for the quotation (``quotes.attribution.after`` …)."""
        return self._get("attribution")  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"Speaker({self.name!r}, kind={self.kind!r})"


class Quote(Record):
    """A direct quotation, who said it and the words that say so."""

    __slots__ = ()

    @property
    def text(self) -> str:
        """The quoted words, segments joined by a space."""
        value: str = self._d["text"]
        return value

    @property
    def segments(self) -> list[Span]:
        """The words between the quotation marks, one span per paragraph."""
        return self._many("segments", Span)

    @property
    def speaker(self) -> Optional[Speaker]:
        """Who said it, when the text tells."""
        return self._one("speaker", Speaker)  # type: ignore[no-any-return]

    @property
    def cue(self) -> Optional[Span]:
        """The words that attribute it (``said``, ``told``, ``according to``)."""
        return self._one("cue", Span)  # type: ignore[no-any-return]

    @property
    def partial(self) -> bool:
        """A short fragment quoted inside narrative."""
        return bool(self._d.get("partial"))

    @property
    def in_title(self) -> bool:
        """The quotation is in the headline."""
        return bool(self._d.get("in_title"))

    def __repr__(self) -> str:
        speaker = self._d.get("speaker")
        who = speaker.get("name") if speaker else None
        return f"Quote({_short(self.text)!r}, speaker={who!r})"


class Entity(Record):
    """A person, country or institution, with all its mentions."""

    __slots__ = ()

    @property
    def id(self) -> int:
        """The entity's index in :attr:`Article.entities`."""
        value: int = self._d["id"]
        return value

    @property
    def kind(self) -> str:
        """``person``, ``country`` or ``institution``."""
        value: str = self._d["kind"]
        return value

    @property
    def name(self) -> str:
        """The canonical name (a person's fullest name, a country's short name)."""
        value: str = self._d["name"]
        return value

    @property
    def code(self) -> Optional[str]:
        """ISO 3166-1 alpha-2 code, for countries."""
        return self._get("code")  # type: ignore[no-any-return]

    @property
    def country(self) -> Optional[str]:
        """The country (ISO 3166-1 alpha-2) a person or institution is tied to."""
        return self._get("country")  # type: ignore[no-any-return]

    @property
    def title(self) -> Optional[str]:
        """A person's title or role as written (``Secretary of State``)."""
        return self._get("title")  # type: ignore[no-any-return]

    @property
    def mentions(self) -> list[Span]:
        """Every mention, in document order."""
        return self._many("mentions", Span)

    def __repr__(self) -> str:
        return f"Entity({self.kind!r}, {self.name!r}, mentions={len(self._d.get('mentions') or ())})"


class Article(Record):
    """Everything newsclip found in one page.

    Attributes mirror the CLI's JSON. ``to_dict()`` and ``to_json()`` give
    that JSON with offsets in code points (``byte_offsets=True``: exactly the
    CLI's). Articles compare by value and pickle.

    An article from newsclip stays in Rust until a field is read; one built
    from a dict (``Article(data)``, as the JSON gives it) works the same.
    """

    __slots__ = ("_core",)

    def __init__(self, data: Optional[dict[str, Any]] = None, byte_map: _ByteMap = None) -> None:
        super().__init__({} if data is None else data, byte_map)
        self._core: Any = None

    @classmethod
    def _of(cls, core: Any) -> Article:
        """Wraps a ``newsclip._core.Extracted`` without reading it."""
        article = cls.__new__(cls)
        article._core = core
        return article

    def __getattr__(self, name: str) -> Any:
        if name in ("_d", "_b"):
            # First read of a field: the Rust article becomes Python objects.
            self._d = json.loads(self._core.to_json())
            self._b = self._core.byte_offsets()
            return getattr(self, name)
        return super().__getattr__(name)

    def __reduce__(self) -> Any:
        return (Article, (self._d, self._b))

    def to_dict(self, byte_offsets: bool = False) -> dict[str, Any]:
        """A fresh dict of the article's JSON form, offsets in code points or,
        with ``byte_offsets=True``, in UTF-8 bytes as the CLI prints them."""
        if self._core is not None:
            out: dict[str, Any] = json.loads(self._core.to_json(byte_offsets))
            return out
        return super().to_dict(byte_offsets)

    def to_json(self, byte_offsets: bool = False, indent: Optional[int] = None) -> str:
        """The article as JSON: one line (like ``newsclip extract --jsonl``),
        or pretty-printed with ``indent`` (``2`` is the CLI's pretty print);
        offsets as in :meth:`to_dict`."""
        if self._core is not None:
            out: str = self._core.to_json(byte_offsets, indent)
            return out
        value = _copy(self._d, self._b, True) if byte_offsets else self._d
        separators = (",", ":") if indent is None else (",", ": ")
        return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)

    @property
    def title(self) -> Optional[Span]:
        """The headline."""
        return self._one("title", Span)  # type: ignore[no-any-return]

    @property
    def dateline(self) -> Optional[Dateline]:
        """The dateline, cut off the first paragraph."""
        return self._one("dateline", Dateline)  # type: ignore[no-any-return]

    @property
    def author(self) -> Optional[Span]:
        """The author's name(s) as written in the byline."""
        return self._one("author", Span)  # type: ignore[no-any-return]

    @property
    def published(self) -> Union[_dt.datetime, _dt.date, None]:
        """When the article was published: a ``datetime`` (timezone-aware when
        the page names a zone) or a ``date`` when the page gives no time.
        ``to_dict()["published"]`` has the ISO 8601 string."""
        return _parse_timestamp(self._get("published"))

    @property
    def section(self) -> Optional[Span]:
        """The section label (``Politics``)."""
        return self._one("section", Span)  # type: ignore[no-any-return]

    @property
    def paragraphs(self) -> list[Span]:
        """The body paragraphs, in order."""
        return self._many("paragraphs", Span)

    @property
    def removed(self) -> list[Removed]:
        """Every block of the page that is not article text, with the reason."""
        return self._many("removed", Removed)

    @property
    def language(self) -> Optional[str]:
        """The page's language as an ISO 639-1 code (``"en"``, ``"de"``), identified
        from its text (for HTML, the declared language when the text agrees);
        ``None`` when the text has no language to identify."""
        return self._get("language")  # type: ignore[no-any-return]

    @property
    def warnings(self) -> list[str]:
        """What to know about this result, one message each: a page in a
        language without resources gets no quotes or entities, and says so
        (``"language 'ru' is not supported: quotes and entities were not
        extracted (supported: en, de, fr, es)"``). Empty when all went well."""
        return list(self._get("warnings") or ())

    @property
    def quotes(self) -> list[Quote]:
        """Direct quotations, in document order."""
        return self._many("quotes", Quote)

    @property
    def entities(self) -> list[Entity]:
        """People, countries and institutions in order of first mention."""
        return self._many("entities", Entity)

    @property
    def text(self) -> Optional[str]:
        """For HTML input, the article's text that spans index (``None`` until
        the HTML extractor provides it, and for text input)."""
        return self._get("text")  # type: ignore[no-any-return]

    @property
    def body(self) -> str:
        """The body paragraphs' text, separated by blank lines."""
        return "\n\n".join(p["text"] for p in self._d.get("paragraphs") or ())

    def iter_spans(self) -> Iterator[Span]:
        """Every span of the article (title, paragraphs, quotes, mentions …)."""
        yield from _iter_spans(self._d, self._b)

    def __repr__(self) -> str:
        title = self._d.get("title")
        return (
            f"Article(title={_short(title['text']) if title else None!r}, "
            f"paragraphs={len(self._d.get('paragraphs') or ())}, "
            f"quotes={len(self._d.get('quotes') or ())}, "
            f"entities={len(self._d.get('entities') or ())})"
        )


def _iter_spans(value: Any, byte_map: _ByteMap) -> Iterator[Span]:
    if isinstance(value, dict):
        if _is_span(value) and "text" in value:
            yield Span(value, byte_map)
        for key, item in value.items():
            if key not in _BYTE_RANGE_KEYS:
                yield from _iter_spans(item, byte_map)
    elif isinstance(value, list):
        for item in value:
            yield from _iter_spans(item, byte_map)


class ExtractError(Exception):
    """A page that gave no article.

    :func:`newsclip.extract_many` puts one in the place of each such page
    instead of raising, so that one bad record never loses a batch; raise it
    yourself if you like. ``kind`` is ``"type"`` (neither ``str`` nor
    ``bytes``), ``"encoding"`` (invalid UTF-8; ``byte_offset`` says where) or
    ``"internal"`` (a bug: please report it).
    """

    def __init__(self, message: str, kind: str, index: Optional[int] = None, byte_offset: Optional[int] = None):
        super().__init__(message if index is None else f"page {index}: {message}")
        #: What is wrong with the page (``str(error)`` adds its index).
        self.message = message
        #: ``"type"``, ``"encoding"`` or ``"internal"``.
        self.kind = kind
        #: The page's position in the batch.
        self.index = index
        #: For invalid UTF-8, the offset of the first invalid byte.
        self.byte_offset = byte_offset

    def __reduce__(self) -> Any:
        return (type(self), (self.message, self.kind, self.index, self.byte_offset))

    def __repr__(self) -> str:
        return f"ExtractError({self.message!r}, kind={self.kind!r}, index={self.index!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtractError):
            return NotImplemented
        return bool(self.__reduce__() == other.__reduce__())

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """``{"error": message}``, like the CLI's line for a bad record."""
        return {"error": self.message}
