"""The bundled example articles (examples/) through `communique extract examples/ --format jsonl`.

Every example must come out as a schema-valid Document with its title, its publication date and
a body that keeps the article's paragraphs and loses the boilerplate planted around them
(captions' image credits, share lines, wire sign-offs, copyright and standards lines).
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from communique.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl")

# Lines that are page furniture, never article text, in any of the examples' forms.
BOILERPLATE_LINE = re.compile(
    r"""^(?: image: | photo: | share\b.{0,20}$ | print$ | save$ | copy\ link$ | skip\ to\ content
          | related\ topics | read\ next | our\ standards | tags:
          | \(?reporting\ by\ .*editing\ by
          | [a-z]{2,4}(?:-[a-z]{2,4})?/[a-z]{2,4}\s*\(.*\)$       # wire sign-off: "jh/rs (dpa, Reuters)"
        )
      | all\ rights\ reserved | contributed\ to\ this\ report | reproduction\ without\ permission""",
    re.IGNORECASE | re.VERBOSE)
BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)+(?:,?\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)+)?$")
YEAR = re.compile(r"\b20\d\d\b")
# "LONDON, March 12 (Reuters) - ", "Port Sudan (AFP) – ": the cleaner may move a lede's dateline to meta
DATELINE = re.compile(r"^[A-Z][\w .'/-]*(?:,[\w .]+)?\s*(?:\([^)]*\))?\s*[-–—]\s")


def is_header_stamp(line: str) -> bool:
    """A short line that carries a year but is no sentence: a date/time stamp, 'Section | Published …'."""
    return bool(YEAR.search(line)) and len(line.split()) <= 10 and not line.endswith((".", '"', "”"))


def words(text: str) -> str:
    return " ".join(text.split())


def example_inputs() -> dict[str, dict]:
    """What each example is, by the key a Document can be matched on: file name, or JSONL record id.

    Each value: expected publication date, and the source's longest paragraph without a dateline
    (which the body must keep word for word).
    """
    def longest(paragraphs):
        return max((p for p in paragraphs if not DATELINE.match(p.strip())), key=len)

    out = {}
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                out[rec["id"]] = {"published": rec["published"], "url": rec["url"], "title": rec["title"],
                                  "paragraph": longest(rec["text"].splitlines())}
        elif path.suffix in (".txt", ".html"):
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                paragraphs = [html.unescape(re.sub(r"<[^>]+>", "", p))
                              for p in re.findall(r"<p[^>]*>(.*?)</p>", text, re.DOTALL)]
            else:
                paragraphs = text.splitlines()
            out[path.name] = {"published": path.name[:10], "paragraph": longest(paragraphs)}
            canonical = re.search(r'<link rel="canonical" href="([^"]+)"', text)
            author = re.search(r'<meta name="author" content="([^"]+)"', text)
            if canonical:
                out[path.name]["url"] = canonical.group(1)
            if author:
                out[path.name]["author"] = author.group(1)
    return out


EXPECTED = example_inputs()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict:
    """Runs the CLI once over examples/; → {"status": exit code, "docs": {example key: Document dict}}."""
    out = tmp_path_factory.mktemp("examples") / "examples.jsonl"
    status = main(["extract", str(EXAMPLES), "--format", "jsonl", "--quiet", "--out", str(out)])
    docs = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        input_id = d["meta"].get("input_id") or ""
        key = next((k for k, e in EXPECTED.items()
                    if Path(input_id).name == k or input_id == k or (e.get("url") and e["url"] == d["meta"]["url"])),
                   input_id)
        assert key not in docs, f"two Documents for {key}"
        docs[key] = d
    return {"status": status, "docs": docs}


def test_the_folder_holds_the_promised_mix_of_forms():
    files = [p for p in EXAMPLES.iterdir() if p.suffix in ARTICLE_SUFFIXES]
    by_form = {s: sum(p.suffix == s for p in files) for s in ARTICLE_SUFFIXES}
    assert len(EXPECTED) >= 12
    assert by_form[".html"] == 3 and by_form[".jsonl"] == 1
    assert by_form[".txt"] > len(EXPECTED) / 2
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for p in files:
        assert f"`{p.name}`" in readme, f"{p.name} is not described in examples/README.md"


def test_every_example_gives_one_document_and_nothing_else(extracted):
    assert extracted["status"] == 0
    assert sorted(extracted["docs"]) == sorted(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_example_document_is_schema_valid(extracted, validate, key):
    validate(extracted["docs"][key])


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_example_has_its_title_and_publication_date(extracted, key):
    meta = extracted["docs"][key]["meta"]
    assert meta["title"] and meta["title"].strip()
    assert meta["published"] == EXPECTED[key]["published"]
    if "title" in EXPECTED[key]:
        assert meta["title"] == EXPECTED[key]["title"]


@pytest.mark.parametrize("key", sorted(k for k, e in EXPECTED.items() if "url" in e))
def test_example_keeps_its_canonical_url_and_author(extracted, key):
    meta = extracted["docs"][key]["meta"]
    assert meta["url"] == EXPECTED[key]["url"]
    assert meta["url"] in meta["urls"]
    if "author" in EXPECTED[key]:
        assert EXPECTED[key]["author"] in meta["authors"]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_example_body_keeps_the_article(extracted, key):
    body = extracted["docs"][key]["text"]
    assert 150 <= len(body.split()) <= 450
    assert words(EXPECTED[key]["paragraph"]) in words(body)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_example_body_has_no_boilerplate_lines(extracted, key):
    body = extracted["docs"][key]["text"]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    found = [line for line in lines if BOILERPLATE_LINE.search(line) or BYLINE.match(line) or is_header_stamp(line)]
    assert not found, f"boilerplate left in the body: {found}"


SITE_SUFFIX = re.compile(r"\s[|–—]\s")  # "Headline | Section | Site", "Headline – Site"


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_example_title_is_the_headline_without_site_or_section(extracted, key):
    title = extracted["docs"][key]["meta"]["title"] or ""
    assert not SITE_SUFFIX.search(title), title


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_example_body_does_not_repeat_the_headline(extracted, key):
    doc = extracted["docs"][key]
    headline = words(SITE_SUFFIX.split(doc["meta"]["title"] or "")[0])
    assert headline and not words(doc["text"]).startswith(headline)


def test_the_two_reports_of_the_nairobi_meeting_meet_in_one_store_cluster(extracted, tmp_path):
    """The demo's point: two outlets, one meeting. Stored together, some event of that day is
    reported by both articles."""
    from communique import Document
    from communique.store import open_database, write_documents
    from communique.store.queries import EventFilter, query_clusters

    same_day = [k for k in EXPECTED if k.startswith("2024-05-14-")]
    assert len(same_day) == 2
    con = open_database(tmp_path / "examples.duckdb")
    write_documents(con, [Document.from_dict(d) for d in extracted["docs"].values()])
    rows = query_clusters(con, EventFilter(country="KEN", since="2024-05-14", until="2024-05-14"),
                          limit=None).to_pylist()
    shared = [r for r in rows if r["num_articles"] == 2]
    assert shared, [(r["event"], r["num_articles"], r["sentence"]) for r in rows]
    assert all(r["first_day"] is None or str(r["first_day"]) == "2024-05-14" for r in shared)
