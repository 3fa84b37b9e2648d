"""ingest: every input form becomes RawArticles; every bad input becomes an InputProblem, never a crash.

WARC archives are built in each test with warcio's writer (no binaries in the repository).
"""
from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from communique.errors import InputProblem
from communique.ingest import RawArticle, read_inputs
from communique.ingest.decode import NotText, decode_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
STORY = ("Estonia and Finland agreed on Tuesday to build a second power cable under the Gulf of Finland, "
         "the two governments said, after the first one was damaged last year.")


def read(*paths, **kw) -> list:
    return list(read_inputs([str(p) for p in paths], **kw))


def only(results: list) -> RawArticle | InputProblem:
    assert len(results) == 1, results
    return results[0]


def problem(results: list) -> InputProblem:
    item = only(results)
    assert isinstance(item, InputProblem), item
    return item


def page(body: str, charset: str = "utf-8", title: str = "Cable deal") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>")


def warc_bytes(pages: list[tuple[str, str]], gz: bool = True, extra: bool = False) -> bytes:
    """A WARC archive (bytes) with one HTML response per (url, html), and optionally records to skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)

    def response(url, body: bytes, ctype="text/html; charset=utf-8", status="200 OK"):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))

    if extra:
        writer.write_record(writer.create_warc_record("https://news.example/req", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
        response("https://news.example/gone", b"<html>gone</html>", status="404 Not Found")
    for url, html in pages:
        response(url, html.encode("utf-8"))
    return buf.getvalue()


# -- every input form ----------------------------------------------------------------------

def test_html_file(tmp_path):
    f = tmp_path / "story.html"
    f.write_text(page(STORY))
    raw = only(read(f))
    assert isinstance(raw, RawArticle)
    assert raw.html and STORY in raw.html and raw.text is None
    assert raw.input_id == str(f) and raw.source == str(f)


def test_txt_file(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY)
    raw = only(read(f))
    assert raw.text == STORY and raw.html is None and raw.input_id == str(f)


def test_jsonl_file_gives_one_record_per_line_with_its_fields(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": STORY, "url": "https://x.example/a1", "published": "5 June 2012",
                             "title": "Cable"}) + "\n\n" + json.dumps({"id": 7, "html": page(STORY)}) + "\n")
    first, second = read(f)
    assert (first.input_id, first.text, first.url, first.published, first.title, first.line) == (
        "a1", STORY, "https://x.example/a1", "2012-06-05", "Cable", 1)
    assert (second.input_id, second.line) == ("7", 3) and STORY in second.html


@pytest.mark.parametrize("gz", [True, False])
def test_warc_gives_the_html_pages_only(tmp_path, gz):
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    f.write_bytes(warc_bytes([("https://news.example/a", page(STORY)), ("https://news.example/b", page("Second."))],
                             gz=gz, extra=True))
    records = read(f)
    assert [r.input_id for r in records] == ["https://news.example/a", "https://news.example/b"]
    assert all(isinstance(r, RawArticle) and r.url == r.input_id for r in records)
    assert STORY in records[0].html
    # the capture date is kept as a hint only, never as the record's own publication date
    assert records[0].published is None and records[0].date_hint


def test_directory_is_read_recursively_in_sorted_order_by_extension(tmp_path):
    batch = tmp_path / "batch"
    shutil.copytree(FIXTURES / "batch", batch)
    (batch / ".hidden.txt").write_text(STORY)
    ids = [r.input_id for r in read(batch)]
    assert ids == [str(batch / "accord.txt"), "feed-1", "feed-2", str(batch / "summit.html")]


def test_unlistable_subdirectory_is_a_problem_and_the_walk_goes_on(tmp_path, monkeypatch):
    import os

    from communique.ingest import readers

    (tmp_path / "ok.txt").write_text(STORY)
    real_walk = os.walk

    def walk(top, onerror=None):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror)

    monkeypatch.setattr(readers.os, "walk", walk)
    bad, good = read(tmp_path)
    assert isinstance(bad, InputProblem) and bad.source.endswith("locked") and "permission denied" in bad.reason
    assert good.text == STORY


def test_empty_directory_is_a_problem(tmp_path):
    (tmp_path / "notes.md").write_text("nothing to read")
    assert "no article files" in problem(read(tmp_path)).reason


@pytest.mark.parametrize("data,form", [
    ((json.dumps({"id": "s1", "text": STORY}) + "\n").encode(), "jsonl"),
    (page(STORY).encode(), "html"),
    (STORY.encode(), "text"),
])
def test_stdin_form_is_sniffed_from_its_content(data, form):
    raw = only(read("-", stdin=io.BytesIO(data)))
    assert isinstance(raw, RawArticle)
    got = "jsonl" if raw.line else ("html" if raw.html else "text")
    assert got == form
    assert raw.source == "<stdin>"


def test_stdin_warc_is_sniffed_too():
    records = read("-", stdin=io.BytesIO(warc_bytes([("https://news.example/a", page(STORY))], gz=False)))
    assert [r.input_id for r in records] == ["https://news.example/a"]


def test_published_argument_is_a_fallback_hint_for_every_record(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "a", "text": STORY, "published": "2020-01-02"}) + "\n")
    raw = only(read(f, published="2021-03-04"))
    assert raw.published == "2020-01-02" and raw.date_hint == "2021-03-04"


def test_gzipped_text_and_jsonl_are_read(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "g", "text": STORY}) + "\n").encode()))
    a, b = read(tmp_path)
    assert a.text == STORY and b.input_id == "g"


# -- encodings -----------------------------------------------------------------------------

ACCENTED = "Café owners in Köln said the “new rules” cost them 5 € a day – too much, they said."


def test_cp1252_text_decodes_correctly(tmp_path):
    f = tmp_path / "story.txt"
    f.write_bytes((ACCENTED + " " + STORY).encode("cp1252"))
    assert only(read(f)).text.startswith(ACCENTED)


def test_html_meta_charset_is_honoured(tmp_path):
    f = tmp_path / "story.html"
    f.write_bytes(page(ACCENTED, charset="iso-8859-1").encode("cp1252"))
    assert ACCENTED in only(read(f)).html     # latin-1 is read as windows-1252, as browsers do


def test_html_meta_charset_for_a_non_latin_page(tmp_path):
    text = "Министры иностранных дел встретились в Минске во вторник."
    f = tmp_path / "story.html"
    f.write_bytes(page(text, charset="windows-1251").encode("cp1251"))
    assert text in only(read(f)).html


def test_utf8_with_bom_and_utf16_decode():
    assert decode_bytes("\ufeff".encode() + STORY.encode()) == STORY
    assert decode_bytes(STORY.encode("utf-16")) == STORY


# -- bad inputs ----------------------------------------------------------------------------

def test_missing_file(tmp_path):
    p = problem(read(tmp_path / "nope.txt"))
    assert p.source.endswith("nope.txt") and "no such file" in p.reason


def test_unreadable_file(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text(STORY)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    p = problem(read(f))
    assert p.source == str(f) and "permission denied" in p.reason


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "only whitespace"),
    (b"\x00\x01\x02binary\x00" * 20, "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_empty_and_binary_files(tmp_path, data, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    p = problem(read(f))
    assert p.source == str(f) and reason in p.reason


def test_decode_raises_not_text_in_plain_words():
    with pytest.raises(NotText, match="binary"):
        decode_bytes(b"\x00" * 10 + b"abc")


@pytest.mark.parametrize("line,reason", [
    ('{"id": "x", "text": "unclosed', "not valid JSON"),
    ('["a", "list"]', "an array, not a JSON object"),
    ('{"id": "x"}', "neither 'text' nor 'html'"),
    ('{"id": "x", "text": 42}', "'text' must be a string, not a number"),
    ('{"id": "x", "text": "   "}', "empty"),
    ('{"id": ["x"], "text": "A story."}', "'id' must be a string or a number"),
    ('{"id": "x", "text": "A story.", "url": false}', "'url' must be a string"),
    ('{"id": "x", "text": "A story.", "published": "last week"}', "'published' is not a date"),
])
def test_malformed_jsonl_lines_are_problems_and_the_batch_goes_on(tmp_path, line, reason):
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "text": STORY})
    f.write_text(good + "\n" + line + "\n" + good.replace('"ok"', '"ok2"') + "\n")
    first, bad, last = read(f)
    assert first.input_id == "ok" and last.input_id == "ok2"
    assert isinstance(bad, InputProblem) and bad.source == str(f) and bad.line == 2
    assert reason in bad.reason


def test_jsonl_line_that_is_not_utf8(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_bytes(json.dumps({"id": "x", "text": "Caf\u00e9"}, ensure_ascii=False).encode("cp1252") + b"\n")
    assert "not UTF-8" in problem(read(f)).reason


def test_truncated_jsonl_gz_keeps_the_records_before_the_cut(tmp_path):
    lines = "".join(json.dumps({"id": f"r{i}", "text": STORY + f" Item {i}."}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    f = tmp_path / "feed.jsonl.gz"
    f.write_bytes(data[: len(data) * 2 // 3])
    records = read(f)
    good = [r for r in records if isinstance(r, RawArticle)]
    assert good and [r.input_id for r in good] == [f"r{i}" for i in range(len(good))]
    assert isinstance(records[-1], InputProblem) and "truncated" in records[-1].reason


def test_truncated_gzip_text_file(tmp_path):
    data = gzip.compress((STORY * 50).encode())
    f = tmp_path / "story.txt.gz"
    f.write_bytes(data[: len(data) // 2])
    assert "truncated" in problem(read(f)).reason


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_every_record_read_before_the_cut(tmp_path, gz):
    pages = [(f"https://news.example/{i}", page(STORY * 3, title=f"Story {i}")) for i in range(3)]
    data = warc_bytes(pages, gz=gz)
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    f.write_bytes(data[: int(len(data) * 0.9)])
    records = read(f)
    assert [r.input_id for r in records[:-1]] == ["https://news.example/0", "https://news.example/1"]
    assert isinstance(records[-1], InputProblem) and "breaks off" in records[-1].reason


def test_a_file_named_warc_that_is_not_one(tmp_path):
    f = tmp_path / "crawl.warc"
    f.write_text("this is a plain text file, not an archive\n")
    p = problem(read(f))
    assert p.source == str(f) and ("not" in p.reason and "WARC" in p.reason)


def test_warc_without_html_pages(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(warc_bytes([], extra=True))
    assert "no HTML pages" in problem(read(f)).reason


def test_a_page_with_no_article_text_is_a_problem_from_the_pipeline():
    from communique import Pipeline

    raw = RawArticle(input_id="nav.html", source="nav.html",
                     html="<html><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav></body></html>")
    # cleaning refuses before any parsing, so this needs no spaCy
    [result] = Pipeline()._process_batch([raw])
    assert isinstance(result, InputProblem) and result.source == "nav.html"
    assert "no article text" in result.reason


# -- the command line ----------------------------------------------------------------------

def test_cli_extract_over_a_directory_with_one_bad_file(tmp_path, capsys):
    from communique.cli import main

    batch = tmp_path / "batch"
    shutil.copytree(FIXTURES / "batch", batch)
    (batch / "broken.txt").write_bytes(b"\x00\x00binary\x00")
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(batch), "--format", "jsonl", "--out", str(out), "--quiet"])
    err_lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert status == 3
    assert len(err_lines) == 1 and "broken.txt" in err_lines[0] and "binary" in err_lines[0]
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["meta"]["input_id"] for d in docs] == [str(batch / "accord.txt"), "feed-1", "feed-2",
                                                     str(batch / "summit.html")]
    assert docs[1]["meta"]["published"] == "2021-07-09" and docs[3]["meta"]["published"] == "2022-11-03"


def test_cli_extract_from_stdin(tmp_path, monkeypatch, capsys):
    from communique.cli import main

    class Stdin:
        buffer = io.BytesIO((json.dumps({"id": "in-1", "text": STORY}) + "\n").encode())

    monkeypatch.setattr("sys.stdin", Stdin())
    assert main(["extract", "-", "--format", "json", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["input_id"] == "in-1"


def test_cli_usage_error_exits_2(capsys):
    from communique.cli import main

    with pytest.raises(SystemExit) as ex:
        main(["extract", "--no-such-option", "x.txt"])
    assert ex.value.code == 2


def test_jsonl_from_common_scrapers_is_read_under_their_field_names(tmp_path):
    f = tmp_path / "scraped.jsonl"
    news_please = {"maintext": STORY, "title": "Cable", "date_publish": "2012-06-05 09:30:00",
                   "authors": ["Kadri Tamm", "Juha Lehto"], "source_domain": "baltic.example", "url": "https://b.example/1"}
    trafilatura_like = {"text": STORY, "date": "2012-06-06", "author": "Kadri Tamm; Juha Lehto", "sitename": "Baltic Wire",
                        "headline": "Cable again"}
    feed = {"id": "f3", "content": page(STORY), "pubDate": "Thu, 07 Jun 2012 08:00:00 GMT", "link": "https://f.example/3"}
    f.write_text("\n".join(json.dumps(o) for o in (news_please, trafilatura_like, feed)) + "\n")
    first, second, third = read(f)
    assert (first.text, first.published, first.authors, first.publisher, first.url) == (
        STORY, "2012-06-05", ["Kadri Tamm", "Juha Lehto"], "baltic.example", "https://b.example/1")
    assert (second.published, second.authors, second.publisher, second.title) == (
        "2012-06-06", ["Kadri Tamm", "Juha Lehto"], "Baltic Wire", "Cable again")
    assert third.html and third.text is None and (third.published, third.url) == ("2012-06-07", "https://f.example/3")


def test_other_names_with_unusable_values_are_left_alone(tmp_path):
    f = tmp_path / "odd.jsonl"
    f.write_text(json.dumps({"id": "o1", "text": STORY, "date": "the week before", "author": {"name": "Kadri Tamm"},
                             "link": 7, "body": ["not", "text"]}) + "\n")
    raw = only(read(f))
    assert (raw.text, raw.published, raw.url, raw.authors) == (STORY, None, None, ["Kadri Tamm"])


def test_record_authors_and_publisher_reach_the_document_meta():
    from communique.clean.article import clean_article
    raw = RawArticle(input_id="r1", text=STORY, authors=["Kadri Tamm"], publisher="Baltic Wire")
    meta = clean_article(raw).meta
    assert meta.authors == ["Kadri Tamm"] and meta.publisher == "Baltic Wire"


def test_robust11_utf16_text_without_byte_order_mark_is_read(tmp_path):
    words = "The harbour council of Tarnow approved a new ferry timetable on Friday."
    for codec in ("utf-16-le", "utf-16-be"):
        f = tmp_path / f"{codec}.txt"
        f.write_bytes(words.encode(codec))
        assert only(read(f)).text == words


def test_robust11_binary_with_nul_bytes_is_still_refused(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 8)
    assert "binary" in problem(read(f)).reason


def test_robust11_broken_json_line_message_reads_cleanly(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_bytes(b'{"id": "k1", "text": "a line that breaks\tin the middle\n' + b'\n')
    reason = problem(read(f)).reason
    assert "not valid JSON" in reason and " at at " not in reason


def test_robust11_gzip_cut_before_the_first_line_says_so(tmp_path):
    data = gzip.compress(json.dumps({"id": "k1", "text": "Two mayors signed a river pact."}).encode() * 40)
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(data[: len(data) // 2])
    reason = problem(read(f)).reason
    assert "before its first full line" in reason
