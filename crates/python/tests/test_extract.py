"""newsclip.extract: the article, its spans in code points, and the CLI's JSON."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

import newsclip
from newsclip._article import _parse_timestamp

# Invented, with characters of one to four UTF-8 bytes before and inside the spans.
NON_ASCII = (
    "Ümlaut Café Reopens — “Finally” 😀\n"
    "BERLIN (Reuters) — The café in Köln reopened on Monday after two years, its owner said.\n"
    "“Wir sind zurück, und es ist großartig,” said Jürgen Müller, the owner, to reporters. 🎉\n"
    "The French embassy and Germany’s Ministry of Economy welcomed the news.\n"
)


def test_a_seed_gives_title_paragraphs_quotes_and_entities(seed_texts):
    article = newsclip.extract(next(iter(seed_texts.values())))
    assert article.title is not None and article.title.text
    assert article.paragraphs and article.quotes and article.entities
    speakers = [q.speaker for q in article.quotes if q.speaker is not None]
    assert speakers and all(isinstance(s.name, str) and s.kind for s in speakers if s.name is not None)
    assert all(s.rule and s.rule.startswith("quotes.speaker.") and s.attribution for s in speakers)
    assert all(s.name is not None or s.mention is not None for s in speakers)
    assert all(e.mentions and e.id == i for i, e in enumerate(article.entities))


@pytest.mark.parametrize("text", [NON_ASCII, "Plain ASCII title\nA body that says “hello,” she said.\n"])
def test_spans_are_code_point_offsets_and_bytes_are_available(text):
    article = newsclip.extract(text)
    spans = list(article.iter_spans())
    assert len(spans) > 3
    encoded = text.encode()
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert encoded[span.byte_start : span.byte_end].decode() == span.text
    for removed in article.removed:
        assert 0 <= removed.start <= removed.end <= len(text)


def test_every_seed_span_slices_the_input(seed_texts):
    for text in seed_texts.values():
        article = newsclip.extract(text)
        for span in article.iter_spans():
            assert text[span.start : span.end] == span.text


def test_to_json_with_byte_offsets_is_the_cli_output(cli_jsonl, seed_texts):
    texts = dict(seed_texts, non_ascii=NON_ASCII)
    records = [{"id": name, "text": text} for name, text in texts.items()]
    for record, expected in zip(records, cli_jsonl(records)):
        assert expected.pop("id") == record["id"]
        article = newsclip.extract(record["text"])
        # Same fields, values and order: the very same line, without the id.
        assert article.to_json(byte_offsets=True) == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))
        assert article.to_dict(byte_offsets=True) == expected
        # In code points, only the offsets differ.
        cp = article.to_dict()
        assert list(cp) == list(expected)
        assert json.loads(article.to_json()) == cp
        if record["text"].isascii():
            assert cp == expected


@pytest.mark.parametrize(
    ("options", "flags"),
    [
        ({"strip": False}, ["--no-strip"]),
        ({"quotes": False}, ["--no-quotes"]),
        ({"entities": False}, ["--no-entities"]),
        ({"quotes": False, "entities": False}, ["--no-quotes", "--no-entities"]),
    ],
)
def test_extractor_options_mirror_the_cli_flags(cli_jsonl, seed_texts, options, flags):
    extractor = newsclip.Extractor(**options)
    text = next(iter(seed_texts.values()))
    (expected,) = cli_jsonl([{"id": 0, "text": text}], *flags)
    del expected["id"]
    assert extractor.extract(text).to_dict(byte_offsets=True) == expected
    assert repr(extractor).startswith("Extractor(strip=")


def test_bytes_are_read_as_utf8():
    assert newsclip.extract(NON_ASCII.encode()) == newsclip.extract(NON_ASCII)


def test_bad_arguments_raise_clear_errors():
    for bad in (None, 42, ["text"], bytearray(b"text")):
        with pytest.raises(TypeError, match="expected str or bytes, got"):
            newsclip.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid UTF-8 at byte offset 5"):
        newsclip.extract(b"Title\xff\nbody")
    with pytest.raises(ValueError):
        newsclip.extract("lone surrogate \ud800 here")
    with pytest.raises(TypeError):
        newsclip.extract_html(3.5)  # type: ignore[arg-type]


def test_empty_and_odd_inputs_give_empty_articles():
    for text in ("", "\n\n\n", "“", "\x00\x01", "a" * 10_000):
        article = newsclip.extract(text)
        assert isinstance(article, newsclip.Article)
        for span in article.iter_spans():
            assert text[span.start : span.end] == span.text


def test_typed_fields_and_repr():
    article = newsclip.extract(NON_ASCII)
    assert article.title is not None and article.title.text.startswith("Ümlaut")
    assert str(article.title) == article.title.text
    assert article.dateline is not None and article.dateline.agency == "Reuters"
    quote = next(q for q in article.quotes if q.speaker)
    assert quote.speaker is not None and quote.speaker.name == "Jürgen Müller"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.segments[0].text in quote.text
    entity = article.entities[quote.speaker.entity]  # type: ignore[index]
    assert entity.kind == "person" and len(entity.mentions) >= 1
    countries = {e.code for e in article.entities if e.kind == "country"}
    assert {"FR", "DE"} <= countries
    assert "Jürgen Müller" in repr(quote) and "Article(title=" in repr(article)
    assert article.body.startswith("The café")
    assert "quotes" in dir(article)


def test_published_is_a_datetime_or_date():
    assert _parse_timestamp("2023-06-22") == dt.date(2023, 6, 22)
    assert _parse_timestamp("2023-12-06T09:34") == dt.datetime(2023, 12, 6, 9, 34)
    assert _parse_timestamp("2023-12-05T14:30Z") == dt.datetime(2023, 12, 5, 14, 30, tzinfo=dt.timezone.utc)
    east = _parse_timestamp("2023-12-05T16:12:05-05:00")
    assert east == dt.datetime(2023, 12, 5, 16, 12, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert _parse_timestamp("2016-12-31T23:59:60Z") == dt.datetime(2016, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)
    assert _parse_timestamp(None) is None and _parse_timestamp("not a date") is None
    article = newsclip.extract("Title\nPublished: 5 December 2023\nA body paragraph that is long enough, here.")
    assert article.published is None or isinstance(article.published, dt.date)


def test_fields_added_later_flow_through_without_new_classes():
    # The shape a newer newsclip may emit: new top-level, nested and span fields.
    data = {
        "title": {"text": "Ça va", "start": 0, "end": 5},
        "language": "fr",
        "notes": [{"rule": "r1", "span": {"text": "va", "start": 3, "end": 5}}],
        "paragraphs": [{"text": "Ça", "start": 0, "end": 2, "source": {"start": 10, "end": 13}}],
    }
    article = newsclip.Article(data, {2: 3, 3: 4, 5: 6})
    assert article.language == "fr"
    assert article.notes[0].rule == "r1"
    assert (article.notes[0].span.start, article.notes[0].span.byte_start) == (3, 4)
    assert (article.paragraphs[0].source.start, article.paragraphs[0].source.end) == (10, 13)
    as_bytes = article.to_dict(byte_offsets=True)
    assert as_bytes["notes"][0]["span"] == {"text": "va", "start": 4, "end": 6}
    assert as_bytes["paragraphs"][0]["source"] == {"start": 10, "end": 13}
    assert article.to_dict() == data and article.to_dict() is not data
    with pytest.raises(AttributeError):
        article.no_such_field  # noqa: B018


def test_to_json_pretty_matches_the_cli_pretty_print(cli, repo, seed_texts):
    path = sorted(seed_texts)[0]
    out = subprocess.run([str(cli), "extract", str(repo / "seeds" / f"{path}.txt")], capture_output=True, check=True)
    assert newsclip.extract(seed_texts[path]).to_json(byte_offsets=True, indent=2) == out.stdout.decode().rstrip("\n")


def test_articles_built_from_dicts_serialize_like_the_rust_ones(seed_texts):
    import pickle

    for text in [*seed_texts.values(), NON_ASCII]:
        article = newsclip.extract(text)
        plain = pickle.loads(pickle.dumps(article))  # a dict-backed Article
        assert plain == article
        for options in ({}, {"byte_offsets": True}, {"indent": 2}, {"byte_offsets": True, "indent": 2}):
            assert plain.to_json(**options) == article.to_json(**options)
        for byte_offsets in (False, True):
            assert plain.to_dict(byte_offsets) == article.to_dict(byte_offsets)


def test_language_and_warnings():
    english = newsclip.extract(
        "Council approves budget\nThe city council approved the new budget on Tuesday after a long debate."
    )
    assert english.language == "en" and english.warnings == []
    assert "warnings" not in english.to_dict() and english.to_dict()["language"] == "en"
    page = (
        "Новый мост открыт\n"
        "В городе во вторник открыли движение по новому мосту через реку после четырёх лет строительства.\n"
        "По словам представителей мэрии, мост сократит время в пути между районами почти на полчаса."
    )
    russian = newsclip.extract(page)
    assert russian.language == "ru"
    assert russian.warnings == [
        "language 'ru' is not supported: quotes and entities were not extracted (supported: en, de, fr, es)"
    ]
    assert russian.quotes == [] and russian.entities == [] and len(russian.paragraphs) == 2
    assert russian.to_dict()["warnings"] == russian.warnings
