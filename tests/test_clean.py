"""clean: RawArticle → Article. Boilerplate leaves the body and goes to Meta; the article text stays.

Fixtures in tests/fixtures/clean/ are invented stories dressed in the furniture of different
kinds of news sites (scraped wire pages, Reuters-, AP-, BBC- and Guardian-style pages).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.clean import clean_article
from communique.clean.captions import credit_of
from communique.clean.dates import is_date_line, parse_date
from communique.clean.language import identify_language
from communique.clean.signoff import Credits, read_signoff, strip_dateline
from communique.clean.text import clean_text, normalize_text
from communique.document import Meta
from communique.errors import CommuniqueError
from communique.ingest import RawArticle
from communique.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def clean_fixture(name: str, **raw_fields):
    path = FIXTURES / name
    kind = "html" if path.suffix == ".html" else "text"
    raw = RawArticle(input_id=name, **{kind: path.read_text(encoding="utf-8")}, **raw_fields)
    return clean_article(raw)


def paragraphs(article) -> list[str]:
    return article.body.split("\n\n")


# -- scraped text --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scraped():
    return clean_fixture("scraped_wire.txt")


def test_scraped_text_drops_skip_links_and_takes_headline_as_title(scraped):
    assert "Skip to" not in scraped.body
    assert scraped.meta.title == "Chile, Peru seal fisheries accord"
    assert not scraped.body.startswith("Chile, Peru seal")


def test_byline_glued_to_date_gives_author_and_date(scraped):
    assert scraped.meta.authors == ["Marta Oyarzun"]
    assert scraped.meta.published == "2021-03-03"
    assert "Oyarzun" not in scraped.body


def test_short_link_moves_to_urls(scraped):
    assert "https://s.example.net/x/7QbZ" in scraped.meta.urls
    assert "https://" not in scraped.body


def test_image_credit_and_the_caption_above_it_move_to_images(scraped):
    [image] = scraped.meta.images
    assert image.credit == "Imago/Photo Agency"
    assert image.caption.startswith("Chilean Foreign Minister")
    assert "Image:" not in scraped.body and "shake hands" not in scraped.body


def test_media_asset_line_video_player_and_its_title_go(scraped):
    body = scraped.body
    for furniture in ("# fish21c #", "Watch video", "Now live", "mins.", "Fishers protest in Callao"):
        assert furniture not in body


def test_sign_off_goes_to_wire_sources(scraped):
    assert scraped.meta.wire_sources == ["Reuters", "AFP", "EFE"]
    assert "ab/cd" not in scraped.body


def test_lede_standfirst_section_heading_and_last_paragraph_stay(scraped):
    paras = paragraphs(scraped)
    assert paras[0].startswith("Chile and Peru want to end")
    assert any(p.startswith("Chile and Peru signed a fisheries agreement") for p in paras)
    assert "Talks on gas next" in paras          # a section heading is its own paragraph
    assert paras[-1].endswith('"many more fields" of cooperation.')


def test_language_is_identified_on_the_cleaned_body(scraped):
    # the German media-asset line must not sway it; it is gone before identification
    assert scraped.meta.language == "en"


def test_reuters_style_dateline_byline_credits_and_trust_line():
    a = clean_fixture("reuters_style.txt")
    assert a.meta.authors == ["Kari Lunde", "Jon Sigurdsson"]
    assert a.meta.published == "2022-05-09"
    assert a.meta.wire_sources == ["Reuters"]
    assert a.body.startswith("Norway and Iceland agreed on Monday")     # dateline gone, lede kept
    assert "Reporting by" not in a.body and "Our Standards" not in a.body and "Updated" not in a.body
    # a sentence that merely mentions an agency is article text, not a sign-off
    assert a.body.endswith("The ministry confirmed the figures to Reuters.")


def test_ap_style_dateline_contributor_and_copyright_lines():
    a = clean_fixture("ap_style.txt")
    assert a.meta.wire_sources == ["AP"]
    assert a.meta.authors == ["Rosa Quispe"]
    assert a.body.startswith("Bolivia recalled its ambassador")
    assert "contributed to this report" not in a.body and "Copyright" not in a.body
    assert a.body.endswith("called for calm.")


def test_bbc_style_share_list_image_source_and_related_topics():
    a = clean_fixture("bbc_style.txt")
    assert a.meta.images[0].credit == "Getty Images"
    assert a.meta.images[0].caption == "Lorries queue at the old crossing near Aflao"
    for furniture in ("Share this with", "Messenger", "Related Topics", "Lorries stuck", "Image source"):
        assert furniture not in a.body
    assert paragraphs(a)[-1].startswith("Traders welcomed the move")


def test_page_title_line_gives_title_publisher_section_and_date():
    a = clean_fixture("page_title_line.txt")
    m = a.meta
    assert (m.title, m.publisher, m.section, m.published) == (
        "Austria and Slovenia reopen rail link after flood repairs", "Alpine Daily", "News", "2019-03-02")
    for furniture in ("Inhalt", "Metanavigation", "Choose from 12 Languages", "| News |"):
        assert furniture not in a.body
    assert a.body.startswith("The rail line between Graz and Maribor")


def test_crawl_stamp_is_the_date_and_the_dateline_leaves_the_lede():
    a = clean_fixture("crawl_stamp.txt")
    assert a.meta.published == "2019-03-02"
    assert a.body.startswith("Georgia's parliament approved a new electoral code")
    assert "NEWSWIRE.GE" not in a.body and "date 2019" not in a.body


def test_hard_wrapped_lines_are_joined_but_paragraphs_stay_apart():
    text = ("Officials from both countries met in the capital on Tuesday to discuss\n"
            "the new trade agreement and a plan for the shared river basin.\n\n"
            "The talks will continue next week in the neighbouring country's capital city.\n")
    body = clean_text(text, Meta())
    assert body.split("\n\n") == [
        "Officials from both countries met in the capital on Tuesday to discuss the new trade agreement "
        "and a plan for the shared river basin.",
        "The talks will continue next week in the neighbouring country's capital city."]


def test_a_lede_with_a_dateline_or_a_quoted_sentence_is_not_taken_for_a_headline():
    meta = Meta()
    body = clean_text("TRENTON, N.J. (AP) — Was that really the governor on stage?\n\n"
                      "He spoke for ten minutes and left without taking questions.", meta)
    assert body.startswith("Was that really the governor on stage?") and meta.title is None
    meta = Meta()
    body = clean_text("Mayor says budget 'will not balance.'\n\nThe city council meets on Monday.", meta)
    assert meta.title is None and body.startswith("Mayor says budget")


def test_a_sign_off_glued_to_the_last_paragraph_is_cut_off():
    meta = Meta()
    body = clean_text("The minister left for Rome on Friday after the talks ended. xy/ab (dpa, AP)", meta)
    assert body == "The minister left for Rome on Friday after the talks ended."
    assert meta.wire_sources == ["dpa", "AP"]


# -- HTML pages ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def page():
    return clean_fixture("wire_page.html")


def test_page_metadata_from_head_and_json_ld(page):
    m = page.meta
    assert m.title == "Kazakhstan, Mongolia open rail corridor"
    assert m.published == "2020-08-10"
    assert m.authors == ["Dana Serikova"]
    assert m.publisher == "Steppe Post"
    assert m.section == "Asia"
    assert m.url == "https://www.steppepost.example/en/kazakhstan-mongolia-rail/a-555"
    assert "https://sp.example/p/Zx9" in m.urls      # <link rel="shortlink">


def test_page_figure_becomes_an_image_with_caption_credit_and_absolute_src(page):
    [image] = page.meta.images
    assert image.caption == "A freight train leaves the border station"
    assert image.credit == "Steppe Post/Aliya N."
    assert image.src == "https://www.steppepost.example/images/rail.jpg"


def test_page_body_has_no_furniture_and_keeps_paragraphs(page):
    body = page.body
    for furniture in ("Transport", "Skip to", "Share", "https://sp.example", "# rail20a #", "xy/zz",
                      "Related content", "Send us your feedback", "freight train leaves"):
        assert furniture not in body
    paras = paragraphs(page)
    assert paras[0] == "A new line links the two landlocked countries to the sea."   # the standfirst
    assert paras[1].startswith("Kazakhstan and Mongolia opened")
    assert "More lines planned" in paras
    assert paras[-1].startswith("Officials said a second corridor")
    assert page.meta.wire_sources == ["Reuters", "AFP"]


def test_guardian_style_caption_with_photograph_credit():
    a = clean_fixture("guardian_style.html")
    [image] = a.meta.images
    assert image.credit == "Ona Petraitis/Getty Images"
    assert image.caption.startswith("The two defence ministers")
    assert "Photograph" not in a.body
    assert a.meta.published == "2023-09-14" and a.meta.authors == ["Tomas Vaitkus"]
    assert "Lithuania and Poland" not in a.meta.title.split(" | ")[1:]   # no site suffix


def test_xhtml_page_with_an_xml_declaration():
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
            "<head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>Envoys from both "
            "countries resumed talks in Vienna on Monday after a pause of three months.</p></article></body></html>")
    a = clean_article(RawArticle(input_id="x", html=html))
    assert a.body.startswith("Envoys from both countries resumed talks")


def test_a_page_with_no_article_text_is_an_error_in_plain_words():
    with pytest.raises(CommuniqueError, match="no article text"):
        clean_fixture("navigation_only.html")


# -- where metadata comes from -------------------------------------------------------------

def test_the_records_own_fields_win_over_what_the_article_says():
    a = clean_fixture("wire_page.html", title="Given title", published="2020-08-11",
                      url="https://feed.example/item/1")
    assert a.meta.title == "Given title"
    assert a.meta.published == "2020-08-11"
    assert a.meta.url == "https://feed.example/item/1"
    assert "https://www.steppepost.example/en/kazakhstan-mongolia-rail/a-555" in a.meta.urls


def test_date_hints_are_only_a_fallback():
    dated = clean_fixture("reuters_style.txt", date_hint="2030-01-01")
    assert dated.meta.published == "2022-05-09"
    undated = clean_fixture("ap_style.txt", date_hint="2023-04-05")
    assert undated.meta.published == "2023-04-05"
    raw = RawArticle(input_id="x", text=(FIXTURES / "ap_style.txt").read_text())
    assert clean_article(raw, Settings(published="2023-06-07")).meta.published == "2023-06-07"


# -- language ------------------------------------------------------------------------------

def test_non_english_article_gets_its_language():
    assert clean_fixture("german.txt").meta.language == "de"


@pytest.mark.parametrize("text", [
    "Kerry, Lavrov hold talks",
    "Merkel met Hollande and Putin in Minsk on Wednesday.",
    "Xi, Modi, Lula and Ramaphosa at the summit in Johannesburg, said the statement of the bloc.",
])
def test_short_english_texts_full_of_names_are_not_called_another_language(text):
    assert identify_language(text) in ("en", None)


# -- the pieces ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("2012-06-05T14:31:00+02:00", "2012-06-05"),
    ("05.06.2012", "2012-06-05"),
    ("June 5, 2012", "2012-06-05"),
    ("5 June 2012", "2012-06-05"),
    ("Jun. 5 2012", "2012-06-05"),
    ("Published on 02/06/2024 - 16:40", "2024-06-02"),
    ("06/25/2024", "2024-06-25"),
    ("31.02.2012", None),
    ("no date here", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_date_line_is_a_date_with_furniture_only():
    assert is_date_line("Sat, March 23, 2024 at 6:15 PM GMT+8") == "2024-03-23"
    assert is_date_line("May 9, 2022 4:05 PM UTC Updated 2 hours ago") == "2022-05-09"
    assert is_date_line("Talks resume on June 5, 2012 in Geneva") is None


@pytest.mark.parametrize("line,wires", [
    ("jm/mz (Reuters, dpa, AFP)", ["Reuters", "dpa", "AFP"]),
    ("ab-cd/ef (AFP)", ["AFP"]),
    ("(AP)", ["AP"]),
    ("— Xinhua", ["Xinhua"]),
    ("Copyright 2021 The Associated Press. All rights reserved.", ["AP"]),
])
def test_sign_off_lines(line, wires):
    credits = Credits()
    assert read_signoff(line, credits)
    assert credits.wires == wires


@pytest.mark.parametrize("line", [
    "The talks ended without a deal (officials said).",
    "He later spoke to Reuters.",
    "- the border stays closed",
])
def test_ordinary_lines_are_not_sign_offs(line):
    assert not read_signoff(line, Credits())


def test_reporting_credit_names_reporters_not_editors():
    credits = Credits()
    assert read_signoff("(Reporting by Ann Lee in Seoul and Bo Kim; Editing by Cy Park)", credits)
    assert credits.people == ["Ann Lee", "Bo Kim"]


def test_an_agency_in_a_reporting_credit_is_a_wire_not_a_person():
    credits = Credits()
    assert read_signoff("(Additional reporting by Agence France-Presse)", credits)
    assert credits.people == [] and credits.wires == ["AFP"]


@pytest.mark.parametrize("lede,rest,wire", [
    ("WASHINGTON (AP) — The Senate voted on Friday.", "The Senate voted on Friday.", "AP"),
    ("BEIJING, June 5 (Reuters) - China said on Tuesday it would act.", "China said on Tuesday it would act.",
     "Reuters"),
    ("Port Moresby (AFP) – Rescuers dug through mud.", "Rescuers dug through mud.", "AFP"),
    ("MOSCOW — The Kremlin said nothing.", "The Kremlin said nothing.", None),
    ("OSLO/HELSINKI, May 2 (Reuters) - Talks began.", "Talks began.", "Reuters"),
    ("HANOI, April 9 - Vietnam said on Tuesday it had protested.", "Vietnam said on Tuesday it had protested.", None),
])
def test_datelines_leave_the_lede_sentence(lede, rest, wire):
    credits = Credits()
    assert strip_dateline(lede, credits)[0] == rest
    assert credits.wires == ([wire] if wire else [])


def test_a_parenthesis_that_names_no_agency_is_not_a_dateline():
    text = "EU (European Union) - Ministers met on Monday."
    assert strip_dateline(text, Credits())[0] == text


# -- house styles of sites not seen before ---------------------------------------------------
# What a careful reader takes from each page: title, authors (people, not agencies), the
# publication date (not the update date), wire agencies, where the body starts and ends, and
# furniture that must be gone from the body.

HOUSE_STYLES = {
    "tabloid_scrape.txt": dict(
        title="Estonia expels two Belarusian diplomats after drone crash near border",
        authors=["Helen Marsh"], published="2023-06-05", wires=[],
        first="Estonia says the men were 'incompatible", last="where it was launched from, officials said.",
        gone=["cookies", "Published:", "comments", "Advertisement", "Read more", "(Photo: AFP)",
              "Share or comment", "Follow us", "Most Read"]),
    "ap_wire_scrape.txt": dict(
        title="Ecuador and Colombia reopen main border crossing after two-year closure",
        authors=["Luis Paredes", "Ana Toro"], published=None, wires=["AP"],
        first="Ecuador and Colombia on Tuesday reopened", last="could double by next year.",
        gone=["AP NEWS", "Updated 3 hours ago", "ADVERTISEMENT", "___", "contributed to this report",
              "Copyright", "QUITO"]),
    "reuters_dateline_glued.txt": dict(
        title="Kenya, Tanzania agree to settle lake fishing dispute",
        authors=["Grace Wanjiru"], published="2023-06-12", wires=["Reuters"],
        first="Kenya and Tanzania agreed on Monday", last="according to a joint communique.",
        gone=["UTC", "Reporting by", "Editing", "Trust Principles", "opens new tab", "NAIROBI"]),
    "blog_posted_by.txt": dict(
        title="Why Chile and Argentina keep talking about lithium.",
        authors=["Miguel Herrera"], published="2024-03-14", wires=[],
        first="Chile and Argentina hold more than half", last="still years away.",
        gone=["About", "Posted by", "Staff Writer", "min read", "Related:", "battery deal", "Topics:",
              "Share this", "LinkedIn", "©"]),
    "regional_dateline_comma.txt": dict(
        title="Ghana, Togo sign pact on cross-border policing",
        authors=["Kofi Mensah"], published="2023-09-21", wires=[],
        first="Ghana and Togo signed an agreement on Thursday", last="would start next month.",
        gone=["newsletter", "inbox", "Sign up", "Posted on", "ACCRA", "Getty Images",
              "originally published", "Tags:", "Comments (12)"]),
    "wire_photo_credits.txt": dict(
        title="Philippines, Vietnam pledge to avoid clashes in South China Sea",
        authors=["Karen Lema"], published="2024-01-31", wires=["Reuters"],
        first="The Philippines and Vietnam agreed on Tuesday", last="during a state visit to Hanoi.",
        gone=["Posted:", "Updated:", "REUTERS/", "Writing by", "Cameron-Moore"]),
    "headline_full_stop.txt": dict(
        title="Mali junta extends transition by two years.",
        authors=[], published=None, wires=[],
        first="Mali's military government said on Saturday", last="before responding.",
        gone=["junta extends"]),
    "compiled_by.txt": dict(
        title="Serbia and Kosovo trade blame over blocked border road",
        authors=["Dragan Ilic"], published=None, wires=["AFP"],   # only an update date is given
        first="Belgrade and Pristina accused each other", last="if the blockade continued.",
        gone=["Last updated", "with AFP", "Related", "recalls envoy", "Compiled by", "Additional reporting",
              "Copy link", "Share"]),
    "semantic_article.html": dict(
        title="Namibia and Botswana open new rail link",
        authors=["Tjipo Kavari", "Neo Sechele"], published="2022-11-03", wires=[],
        first="Namibia and Botswana on Thursday opened", last="Zimbabwean border by 2027.",
        gone=["Home", "Updated", "Advertisement", "Related stories", "Zambia plans", "Great news", "©",
              "first freight train crosses"]),
    "div_soup.html": dict(
        title="Armenia, Azerbaijan border commissions meet again",
        authors=["Lusine Hakobyan"], published="2023-08-30", wires=["AFP"],
        first="Border commissions from Armenia and Azerbaijan", last="described the talks as constructive.",
        gone=["YEREVAN", "ADVERTISEMENT", "Facebook", "Tags:", "You may also like", "Copyright", "cookies",
              "Opinion"]),
    "headline_dot_page.html": dict(
        title="Laos and Thailand agree to dredge Mekong channel.",
        authors=["Somchai Rattana"], published=None, wires=[],
        first="Laos and Thailand agreed on Friday", last="last six months.",
        gone=["By Somchai", "Reporting by", "Kim Coghill"]),
    "gallery_comments.html": dict(
        title="Nepal, India sign power trade deal",
        authors=["Binod Shrestha"], published="2024-01-04", wires=["Reuters"],
        first="Nepal will export up to 10,000 megawatts", last="by India's foreign minister.",
        gone=["Posted by", "Comments", "Trishuli", "Getty", "newsletter", "Topics:", "should have been signed",
              "KATHMANDU", "©"]),
    "south_asia_colon_dateline.txt": dict(
        title="India, Nepal agree to speed up cross-border rail projects",
        authors=[], published=None, wires=["PTI"],   # only an update date is given
        first="India and Nepal on Monday agreed", last="for traders by a third.",
        gone=["Home /", "Updated", "NEW DELHI:", "With inputs", "Download", "in Hindi"]),
    "xinhua_style.txt": dict(
        title="China, Laos pledge closer railway cooperation",
        authors=[], published="2023-04-18", wires=["Xinhua"],
        first="China and Laos on Tuesday pledged", last="since its opening.",
        gone=["Source:", "Editor:", "Wang Lei", "21:05", "BEIJING"]),
    "nyt_style.txt": dict(
        title="Chile and Bolivia Revive Talks Over Access to the Sea",
        authors=["Ana Beltrán", "Tomás Ortiz"], published="2023-10-09", wires=[],
        first="The two neighbors have not had full diplomatic relations", last="in the 19th century.",
        gone=["Supported by", "Continue reading", "Share full article", "Listen to this article", "reported from",
              "Updated", "Credit", "advertisement", "in print", "Reprints"]),
    "gulf_style.txt": dict(
        title="Qatar and Bahrain restore direct flights",
        authors=[], published="2023-05-25", wires=["agencies"],
        first="Flights between the two Gulf states resume", last="cut ties with Qatar in 2017.",
        gone=["News|Politics", "Published On", "Listen", "2 mins", "Click here", "share2", "Source:"]),
    "agency_disclaimer.txt": dict(
        title="Turkey, Greece hold talks on migration",
        authors=["Ali Demir"], published="2023-12-07", wires=[],
        first="Turkish and Greek officials met in Ankara", last="meet again next year.",
        gone=["Update", "ANKARA", "subscri"]),
    "agency_author_page.html": dict(
        title="Uruguay, Paraguay sign river transport accord",
        authors=[], published="2021-10-06", wires=["AFP"],   # the agency named as author is a wire source
        first="Uruguay and Paraguay signed an agreement", last="energy cooperation, officials said.",
        gone=["Montevideo (AFP)", "Advertisement", "Read more", "©", "long overdue", "Updated"]),
    "ap_photo_captions.txt": dict(
        title="Moldova and Romania link power grids in new step toward EU",
        authors=[], published="2023-06-20", wires=["Reuters"],
        first="Moldova and Romania on Tuesday opened", last="would be finished next year.",
        gone=["By Reuters", "Image 1 of 3", "AP Photo", "attend a ceremony", "WhatsApp", "FILE PHOTO", "REUTERS/"]),
}


@pytest.mark.parametrize("name", sorted(HOUSE_STYLES))
def test_house_style_read_as_a_careful_reader_would(name):
    want = HOUSE_STYLES[name]
    a = clean_fixture(name)
    m = a.meta
    assert m.title == want["title"]
    assert m.authors == want["authors"]
    assert m.published == want["published"]
    assert m.wire_sources == want["wires"]
    assert a.body.startswith(want["first"])
    assert a.body.endswith(want["last"])
    leftovers = [f for f in want["gone"] if f in a.body]
    assert not leftovers
    assert m.language == "en"


def test_times_heading_the_entries_of_a_live_story_stay():
    body = clean_text("The latest on the talks in Geneva (all times local):\n\n6:01 p.m.\n\nThe talks ended for the day "
                      "without a statement from either delegation.", Meta())
    assert "6:01 p.m." in body.split("\n\n")


def test_picture_credits_without_a_colon_go_to_images():
    photo_by = clean_fixture("regional_dateline_comma.txt").meta.images
    assert [i.credit for i in photo_by] == ["Ama Owusu/Getty Images"]
    [wire_photo] = clean_fixture("wire_photo_credits.txt").meta.images
    assert wire_photo.credit == "REUTERS/Thanh Le"
    assert wire_photo.caption.startswith("Philippine President meets")


def test_a_one_line_text_is_body_and_not_also_the_title():
    a = clean_fixture("one_line.txt")
    assert a.body == "Peru and Ecuador ministers meet in Lima to discuss water sharing"
    assert a.meta.title is None


def test_a_short_lede_standing_alone_is_not_taken_for_a_dotted_headline():
    meta = Meta()
    body = clean_text("The talks failed.\n\nBoth sides went home.", meta)
    assert meta.title is None and body.startswith("The talks failed.")
    meta = Meta()
    body = clean_text("Ministers met in Rome on Monday.\n\nThey agreed to meet again in the spring "
                      "to sign the treaty on fishing rights in the shared bay.", meta)
    assert meta.title is None and body.startswith("Ministers met in Rome")


def test_a_one_sentence_lede_in_prose_is_body_and_not_a_dotted_headline():
    follow = "\n\nThe announcement came after two weeks of talks between the delegations in the capital."
    for lede in ["Freedonia's cabinet has agreed to lift the curfew imposed on the northern port city last month.",
                 "Freedonian police detained at least forty protesters in a renewed wave of arrests in the north.",
                 "Talks between Freedonia and Sylvania broke down Wednesday over the border dispute."]:
        meta = Meta()
        body = clean_text(lede + follow, meta)
        assert meta.title is None and body.startswith(lede)
    for headline in ["Junta extends transition by two years.",
                     "Freedonia Agrees To Lift Curfew Imposed On The Northern Port City Last Month."]:
        meta = Meta()
        body = clean_text(headline + follow, meta)
        assert meta.title == headline and body.startswith("The announcement")


def test_a_paragraph_after_a_dropped_line_is_not_glued_to_the_one_before():
    meta = Meta()
    body = clean_text("Officials from the two countries met near the border to discuss the bridge\n"
                      "Advertisement\n"
                      "The bridge is due to open next year, the ministry said.", meta)
    assert body.split("\n\n")[-1] == "The bridge is due to open next year, the ministry said."


@pytest.mark.parametrize("line,iso", [
    ("Published: 10:32 BST, 5 June 2023 | Updated: 16:47 BST, 6 June 2023", "2023-06-05"),
    ("Updated: 6 June 2023 · Published: 5 June 2023", "2023-06-05"),
    ("Last updated on: 18 May 2023, 19:20 CET", None),
    ("June 12, 20233:41 PM UTCUpdated ago", "2023-06-12"),
])
def test_date_lines_give_the_publication_date_not_the_update(line, iso):
    meta = Meta()
    clean_text(f"Talks resume\n{line}\n\nEnvoys from both countries met again in Vienna on Monday for talks.", meta)
    assert meta.published == iso


@pytest.mark.parametrize("line", [
    "We use cookies to give you the best experience on our website.",
    "Sign up for our morning briefing",
    "Get the top stories delivered to your inbox.",
    "23 comments",
    "View all comments",
    "Comments (4)",
    "Related: Envoys meet in Geneva",
    "This article was originally published on The Example Review.",
    "© 2021 Example Media Group. All rights reserved.",
    "_____",
])
def test_furniture_lines_leave_the_body(line):
    body = clean_text(f"The two ministers met on Monday to discuss the treaty on fishing rights.\n\n{line}\n\n"
                      "They will meet again in the autumn, officials said.", Meta())
    assert line not in body and "autumn" in body


@pytest.mark.parametrize("line", [
    "Regulators said websites must let users refuse cookies without penalty.",
    "The comments by the minister angered the opposition.",
    "Related talks on trade will begin in May, the spokesman said.",
])
def test_article_sentences_that_share_words_with_furniture_stay(line):
    body = clean_text(f"The two ministers met on Monday to discuss the treaty on fishing rights.\n\n{line}\n\n"
                      "They will meet again in the autumn, officials said.", Meta())
    assert line in body


def test_a_kicker_in_capitals_is_not_a_dateline_place():
    text = "EXCLUSIVE – Minister: We Will Not Sign the Treaty.\n\nThe minister said in an interview that the treaty was unfair."
    meta = Meta()
    clean_text(text, meta)
    assert meta.title == "EXCLUSIVE – Minister: We Will Not Sign the Treaty."


def test_a_question_under_the_headline_is_not_a_section_label():
    meta = Meta()
    body = clean_text("Will the pact hold?\n\nOil and gas?\n\nThe two governments signed an energy pact on Monday "
                      "after months of talks.", meta)
    assert body.startswith("Oil and gas?") and meta.section is None


@pytest.mark.parametrize("text,lang", [
    ("Iran nuclear talks collapse", "en"),
    ("Sanktionen gegen Russland verschärft", "de"),
    ("Merkel trifft Putin in Minsk", "de"),      # one "in" does not make a German headline English
    ("Rajoy gana las elecciones", "es"),
])
def test_a_headline_length_text_gets_its_language_when_the_classifier_is_sure(text, lang):
    assert identify_language(text) == lang


def test_a_subheading_under_a_bare_video_label_stays():
    body = clean_text("Ministers from both countries met in the capital on Monday to sign the accord.\n\nVideo\n\n"
                      "Gas talks next\n\nThe ministers will meet again in May to discuss a pipeline.", Meta())
    assert "Gas talks next" in body.split("\n\n") and "Video" not in body


def test_the_title_under_a_player_with_a_running_time_goes():
    body = clean_text("Ministers from both countries met in the capital on Monday to sign the accord.\n\n"
                      "Watch video 01:45\n\nProtest outside the ministry\n\n"
                      "The ministers will meet again in May to discuss a pipeline.", Meta())
    assert "Protest outside" not in body and body.endswith("discuss a pipeline.")


def test_a_title_case_headline_after_a_word_in_capitals_is_not_a_dateline():
    meta = Meta()
    clean_text("BOOM: Minister Fires Back At Critics Over Border Deal\n\nThe minister said on Monday that the deal "
               "with the neighbouring country would stand.", meta)
    assert meta.title == "BOOM: Minister Fires Back At Critics Over Border Deal"


@pytest.mark.parametrize("lede,rest", [
    ("NEW DELHI: India and Nepal agreed on Monday to open a route.", "India and Nepal agreed on Monday to open a route."),
    ("NAIROBI, Kenya — Kenya and Uganda signed a deal on Friday.", "Kenya and Uganda signed a deal on Friday."),
])
def test_more_dateline_shapes(lede, rest):
    assert strip_dateline(lede, Credits())[0] == rest


def test_breadcrumbs_give_the_section():
    meta = Meta()
    body = clean_text("Home / World / Africa\n\nTalks resume in Addis Ababa\n\nEnvoys from both countries met "
                      "again on Monday to discuss the dam.", meta)
    assert meta.section == "Africa" and body.startswith("Envoys")


# -- real clean article text ---------------------------------------------------------------

def test_clean_article_texts_lose_their_headline_and_credits_but_no_article_line(shared_dir):
    """PolNeAR's texts are already clean (headline line, paragraphs, credits): the cleaner must
    take the headline as the title and leave every article paragraph in the body."""
    files = sorted((shared_dir / "data/polnear/train/text").glob("*.txt"))
    assert files
    titled, lost = 0, []
    for path in files:
        raw = normalize_text(path.read_text(encoding="utf-8"))
        meta = Meta()
        body = clean_text(raw, meta)
        lines = [line.strip() for line in raw.split("\n") if line.strip()]
        titled += bool(meta.title) and lines[0].startswith(meta.title)
        for line in lines[1:]:
            # a paragraph may lose a dateline at its start, never its end
            kept = line[-40:] in body
            if not kept and not read_signoff(line, Credits()) and not set(line) <= set("_~*-=. ") and \
                    not (line.endswith(":") and len(line.split()) <= 3) and \
                    not ("/" in line and len(line.split()) <= 4):   # nor a label ('Online:') or a credit ('Jane Doe / Reuters.')
                lost.append(line)
    assert titled >= 0.85 * len(files)
    assert len(lost) <= len(files) // 50, lost   # a few correction dates and notes at most


def test_photo_credits_in_brackets_and_after_an_agency_slash():
    images = clean_fixture("ap_photo_captions.txt").meta.images
    assert [i.credit for i in images] == ["AP Photo/Ion Popescu", "REUTERS/Vlad Rotaru/File Photo"]
    assert images[0].caption.endswith("June 20, 2023.") and images[1].caption.startswith("FILE PHOTO: Power lines")


@pytest.mark.parametrize("text,iso", [
    ("2023/06/05", "2023-06-05"),
    ("2023.06.05", "2023-06-05"),
    ("05-06-2023", "2023-06-05"),
])
def test_more_numeric_date_shapes(text, iso):
    assert parse_date(text) == iso


def test_a_page_title_loses_the_site_name_the_page_gives():
    html = ("<html><head><meta property='og:title' content='Envoys meet in Vienna | The Daily Example'>"
            "<meta property='og:site_name' content='The Daily Example'></head><body><article><p>Envoys from both "
            "countries resumed talks in Vienna on Monday after a pause of three months.</p></article></body></html>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.title == "Envoys meet in Vienna"


def test_a_bare_agency_line_is_a_wire_source_and_handles_and_addresses_go():
    meta = Meta()
    body = clean_text("Envoys meet in Vienna\nReuters\n@janedoe\n\nEnvoys from both countries resumed talks in Vienna "
                      "on Monday after a pause of three months.\n\njane.doe@example.com\n\nTrending\n\n"
                      "Other story headline here", meta)
    assert meta.wire_sources == ["Reuters"]
    assert body == "Envoys from both countries resumed talks in Vienna on Monday after a pause of three months."


def test_a_headline_is_kept_as_written_but_for_a_dangling_semicolon():
    for line, title in [("Junta extends transition by two years.", "Junta extends transition by two years."),
                        ("Junta extends transition by two years; ", "Junta extends transition by two years")]:
        meta = Meta()
        clean_text(f"{line}\n\nThe military government said on Saturday it would stay in power for two more "
                   "years before holding elections.", meta)
        assert meta.title == title


@pytest.mark.parametrize("menu", ["Home News Sport Business Innovation Culture Travel Earth Video Live",
                                  "World  Politics  Business  Markets  Opinion"])
def test_a_menu_run_together_on_one_line_is_not_the_headline(menu):
    meta = Meta()
    body = clean_text(f"{menu}\n\nEnvoys meet in Vienna\n\nEnvoys from both countries resumed talks in Vienna on "
                      "Monday after a pause of three months.", meta)
    assert meta.title == "Envoys meet in Vienna" and body.startswith("Envoys from both")


def test_a_headline_of_place_names_is_not_a_menu():
    meta = Meta()
    clean_text("China and India Hold Border Talks in Asia\n\nEnvoys from both countries resumed talks on Monday "
               "after a pause of three months.", meta)
    assert meta.title == "China and India Hold Border Talks in Asia"


def test_a_page_time_marked_as_an_update_is_not_the_publication_date():
    html = ("<html><head><title>Envoys meet</title></head><body><article><h1>Envoys meet</h1>"
            "<p class='updated'>Updated <time datetime='2022-03-09T10:00'>9 March</time></p>"
            "<p class='meta'>Posted <time datetime='2022-03-07T08:00'>7 March</time></p>"
            "<p>Envoys from both countries resumed talks in Vienna on Monday after a pause of three months.</p>"
            "</article></body></html>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.published == "2022-03-07"


@pytest.mark.parametrize("line", ["5h ago", "Reading time: 4 minutes", "Most Viewed", "Privacy Policy",
                                  "Hide caption", "Advertisement · Scroll to continue", "Listen · 4:32", "1 of 5",
                                  "Already a subscriber? Log in"])
def test_more_furniture_lines_leave_the_body(line):
    body = clean_text(f"The two ministers met on Monday to discuss the treaty on fishing rights.\n\n{line}\n\n"
                      "They will meet again in the autumn, officials said.", Meta())
    assert line not in body and "fishing" in body and "autumn" in body


def test_a_picture_agency_alone_on_a_line_credits_the_caption_above():
    meta = Meta()
    body = clean_text("The two ministers met on Monday to discuss the treaty on fishing rights.\n\n"
                      "Fishing boats in the harbour at dawn\nAFP via Getty Images\n\n"
                      "They will meet again in the autumn, officials said.", meta)
    assert [(i.caption, i.credit) for i in meta.images] == [("Fishing boats in the harbour at dawn",
                                                              "AFP via Getty Images")]
    assert "harbour" not in body


def test_a_sentence_about_copyright_is_not_a_copyright_line():
    line = "Copyright law reform was debated in parliament on Tuesday, the speaker said."
    body = clean_text(f"The two ministers met on Monday to discuss the treaty on fishing rights.\n\n{line}\n\n"
                      "They will meet again in the autumn, officials said.", Meta())
    assert line in body


@pytest.mark.parametrize("line", ["Agence France-Presse reported from Kabul that the road had reopened.",
                                  "Maria Lopez reported from the border that crossings had resumed."])
def test_a_lede_about_what_someone_reported_is_not_a_byline(line):
    body = clean_text(f"Talks resume in Geneva\n\n{line}\n\nThe talks will continue next week, officials said.", Meta())
    assert line in body


def test_a_headline_in_capitals_is_the_title_and_a_place_in_capitals_above_the_lede_goes():
    meta = Meta()
    body = clean_text("UN WARNS OF HUNGER IN THE NORTH\n\nGENEVA\n\nThe United Nations warned on Friday that millions "
                      "faced hunger after the harvest failed.", meta)
    assert meta.title == "UN WARNS OF HUNGER IN THE NORTH" and body.startswith("The United Nations warned")


@pytest.mark.parametrize("byline,authors,wires", [
    ("By Jane Doe, Reuters", ["Jane Doe"], ["Reuters"]),
    ("Jane Doe, AFP", ["Jane Doe"], ["AFP"]),
    ("Jane Doe | Staff Writer", ["Jane Doe"], []),
    ("By Jane Doe and John Roe, Associated Press", ["Jane Doe", "John Roe"], ["AP"]),
    ("By JANE DOE", ["Jane Doe"], []),
])
def test_byline_shapes_give_people_as_authors_and_agencies_as_wires(byline, authors, wires):
    meta = Meta()
    body = clean_text(f"Envoys meet in Vienna\n{byline}\n\nEnvoys from both countries resumed talks in Vienna on "
                      "Monday after a pause of three months.", meta)
    assert (meta.authors, meta.wire_sources) == (authors, wires) and body.startswith("Envoys from")


@pytest.mark.parametrize("byline,authors", [
    ("Jane Doe / jd", ["Jane Doe"]),
    ("Jane Doe, John Roe / jd, mz", ["Jane Doe", "John Roe"]),
])
def test_cact_a_byline_with_the_editors_initials_after_a_slash_gives_the_authors(byline, authors):
    meta = Meta()
    body = clean_text(f"Envoys meet in Vienna\n\n{byline}\nMay 4, 2016\n\nEnvoys from both countries resumed talks "
                      "in Vienna on Monday after a pause of three months.", meta)
    assert meta.authors == authors and body.startswith("Envoys from"), (meta.authors, body[:40])


def test_cact_a_credit_glued_to_its_caption_goes_to_the_images():
    meta = Meta()
    body = clean_text('Envoys meet in Vienna\n\nEnvoys from both countries resumed talks in Vienna on Monday after a '
                      'pause of three months.\n\nThe envoys shook hands before the talks began"Image: '
                      'picture-alliance/XY/J. Roe\n\nThe talks will go on in June.', meta)
    assert "Image:" not in body and "J. Roe" not in body and body.endswith("go on in June."), body
    assert meta.images and meta.images[-1].credit == "picture-alliance/XY/J. Roe"


@pytest.mark.parametrize("lede,rest", [
    ("Puerto Lindo, Panama: Fishermen blocked the harbour road on Tuesday.", "Fishermen blocked the harbour road on Tuesday."),
    ("Ras al Qamar, Oman - Two ministers opened a new port terminal.", "Two ministers opened a new port terminal."),
    ("Valdoria, Sept 9 : The council voted to close the old mine.", "The council voted to close the old mine."),
    ("Valdoria, 9 September, Kyodo: The council voted to close the old mine.", "The council voted to close the old mine."),
    ("March 4, 2019 (PORT VALDO) – Rebels and the army agreed on a truce.", "Rebels and the army agreed on a truce."),
])
def test_dline_title_case_and_date_first_datelines_leave_the_lede(lede, rest):
    assert strip_dateline(lede, Credits())[0] == rest


@pytest.mark.parametrize("lede", [
    "Meanwhile, Parliament said the vote would go ahead.",
    "Smith, Jones and Brown will meet the minister on Friday.",
    "Yesterday, May 4, the council met again to discuss the budget.",
    "Trump: the candidate who would not concede, said his aides.",
])
def test_dline_ordinary_first_sentences_keep_their_opening(lede):
    assert strip_dateline(lede, Credits())[0] == lede


def test_dline_a_dateline_on_its_own_line_goes_and_its_agency_is_a_wire():
    meta = Meta()
    body = clean_text("Envoys meet in Valdoria\n\nVALDORIA, Ruritania, Feb. 17, Kyodo\n\nEnvoys from both countries "
                      "resumed talks in Valdoria on Monday after a pause of three months.", meta)
    assert body.startswith("Envoys from") and meta.wire_sources == ["Kyodo"], (body[:40], meta.wire_sources)


def test_dline_a_short_line_naming_no_date_or_agency_above_the_lede_stays():
    meta = Meta()
    body = clean_text("Envoys meet in Valdoria\n\nThe talks, Round Two\n\nEnvoys from both countries "
                      "resumed talks in Valdoria on Monday after a pause of three months.", meta)
    assert "Envoys from" in body and not meta.wire_sources


def test_dline_a_full_date_in_the_dateline_is_the_publication_date():
    meta = Meta()
    body = clean_text("Truce agreed in Valdoria\n\nMarch 4, 2019 (PORT VALDO) – Rebels and the army agreed on a truce "
                      "after three weeks of talks in the capital.", meta)
    assert body.startswith("Rebels and") and meta.published == "2019-03-04", (body[:30], meta.published)


def test_cact5_an_agency_in_brackets_without_a_dash_is_a_dateline():
    credits = Credits()
    rest, day = strip_dateline("Port Valdo, Jan 29 (IANS) Ruritania's capital will host the regional summit next week.",
                               credits)
    assert rest.startswith("Ruritania's") and credits.wires == ["IANS"] and day == "Jan 29", (rest, credits)


def test_cact5_a_place_and_an_agency_in_capitals_before_a_dash_is_a_dateline():
    credits = Credits()
    rest, _ = strip_dateline("PORT-VALDO. KAZINFORM – The two presidents held talks on trade and water on Monday.",
                             credits)
    assert rest.startswith("The two") and credits.wires == ["Kazinform"], (rest, credits)


@pytest.mark.parametrize("line,stripped", [
    ("Nairobi: Police said on Monday that they had arrested six men after the protest in the city centre.", True),
    ("Nairobi: Police arrest six men after protest", False),             # a headline
    ("Valdoria: Police said on Monday that they had arrested six men after the protest in the city centre.", False),
    ("Okafor: We will never accept the results of this vote, he told the crowd in the capital on Monday.", False),
])
def test_cact5_a_title_case_place_and_a_colon_is_a_dateline_only_for_a_known_place_before_a_lede(line, stripped):
    rest, _ = strip_dateline(line, Credits())
    assert (rest != line) == stripped, rest


def test_cact5_hashtags_player_ids_channel_calls_and_reading_times_are_furniture():
    meta = Meta()
    body = clean_text("Ports reopen in Valdoria\n\nMar 3, 2022  •  5 hours ago  •  < 2 minute read  •  Join us\n\n"
                      "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                      "[Photo : Valdo News]\n\nSubscribe to our channel!\n\nVideo ID: 20220303-017\n\n#Valdoria\n\n"
                      "#Port Strike", meta)
    assert body == "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", body


def test_cact5_a_source_line_an_agency_name_and_a_newsroom_note_close_no_story():
    meta = Meta()
    body = clean_text("Ports reopen in Valdoria\n\nThe two ports of Valdoria reopened on Monday after a strike of "
                      "three weeks, officials said.\n\nValdo Editorial Staff\n\nThe Valdo Editorial Staff is made up of "
                      "dozens of journalists and editors who follow the region.\n\nSource : Valdo Daily\n\n"
                      "- Ruritanian News Agency (RNA)\n\nRecent posts\n\nStrike ends in the north", meta)
    assert body.endswith("officials said."), body


def test_cact5_a_caption_closed_by_an_agency_in_brackets_is_a_picture_not_text():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike, officials said.\n\n"
                      "Port chief Ana Vidal (L) talks with dockers in Valdo on March 3. (PHOTO NOT FOR SALE) (Yonhap)\n\n"
                      "Dockers in Valdo went back to work at dawn, the union said.", meta)
    assert "Yonhap" not in body and "Dockers in Valdo" in body and "not unusual" not in body, body


def test_cact5_a_photo_by_credit_closes_a_caption():
    meta = Meta()
    body = clean_text("Ports reopen\n\nDockers wait at the gate of the port of Valdo. Photo by Jan Roe/Valdo Wire\n\n"
                      "The two ports of Valdoria reopened on Monday after a strike, officials said.", meta)
    assert body.startswith("The two ports"), body


def test_cact5_a_reporting_credit_glued_to_the_last_paragraph_names_the_authors():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike, officials said. "
                      "(Reporting by Ana Vidal Writing by Jan Roe Editing by Ola Berg)", meta)
    assert body.endswith("officials said.") and meta.authors == ["Ana Vidal", "Jan Roe"], (body, meta.authors)


def test_cact5_a_by_line_under_the_story_names_its_author():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike, officials said.\n\n"
                      "By Ana Vidal in Valdo", meta)
    assert body.endswith("officials said.") and meta.authors == ["Ana Vidal"], (body, meta.authors)


def test_cact5_a_month_day_and_an_agency_open_a_dateline():
    credits = Credits()
    rest, day = strip_dateline("Oct. 31 (UPI) — The two ports of Valdoria reopened on Monday after a strike.", credits)
    assert rest.startswith("The two") and credits.wires == ["UPI"] and day == "Oct. 31", (rest, credits)


def test_cact5_the_article_keeps_the_place_its_dateline_named():
    from communique.ingest import RawArticle
    article = clean_article(RawArticle(input_id="t", text="Ports reopen\n\nVALDO, March 3 (Reuters) - The two ports "
                                                         "of Valdoria reopened on Monday after a strike, officials said."))
    assert article.dateline == "VALDO" and article.body.startswith("The two ports"), (article.dateline, article.body)


def test_codebook5_a_sentence_of_names_and_content_words_is_english():
    # over all languages this reads as Nigerian Pidgin; among the main news languages it is English
    assert identify_language("Militants seized 40 farmers near northern Nigeria's border.") in ("en", None)


@pytest.mark.parametrize("lede,wire", [
    ("PORTVALDO, March 16. /TASS/. The two ports of Valdoria reopened on Monday after a strike.", "TASS"),
    ("PORTVALDO, MARCH 30, ARMENPRESS. The two ports of Valdoria reopened on Monday after a strike.", "Armenpress"),
])
def test_cact5_a_place_a_day_and_an_agency_after_a_slash_or_comma_open_a_dateline(lede, wire):
    credits = Credits()
    rest, _ = strip_dateline(lede, credits)
    assert rest.startswith("The two ports") and credits.wires == [wire] and credits.place == "PORTVALDO", (rest, credits)


def test_cact5_a_place_and_a_day_before_an_unknown_name_stay():
    lede = "PORTVALDO, May 3, Somebody. The two ports of Valdoria reopened on Monday after a strike."
    assert strip_dateline(lede, Credits())[0] == lede


def test_cact5_a_site_crediting_itself_at_the_end_of_a_sentence_goes():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday, the minister said in a post on X, "
                      "Portal informs.\n\nThe strike had lasted three weeks, Valdo.news reports. Dockers went back to "
                      "work, Reuters reports.", meta)
    assert body == ("The two ports of Valdoria reopened on Monday, the minister said in a post on X.\n\nThe strike had "
                    "lasted three weeks. Dockers went back to work, Reuters reports."), body


def test_cact5_a_link_glued_to_the_lede_goes_and_the_city_dateline_before_it_too():
    meta = Meta()
    body = clean_text("Ports reopen\n\nNairobi: The two ports of the region reopened on Monday after a strike of three "
                      "weeks, officials said. Also Read - Dockers Strike Again In The North: Union", meta)
    assert body == "The two ports of the region reopened on Monday after a strike of three weeks, officials said.", body


def test_html7_a_page_paragraph_above_a_chart_credit_stays_in_the_body():
    # a page's text has one paragraph a line: a full paragraph above "(Credit: ...)" is no caption
    html = ("<html><head><title>Harbour traffic falls</title></head><body><article><h1>Harbour traffic falls</h1>"
            "<p>Fewer ships called at the northern harbours of Valdoria this spring, the port authority said on Monday "
            "in its quarterly count.</p>"
            "<p>Container traffic dropped by a fifth while the number of ferries stayed flat, according to the "
            "authority, which blamed the long strike of the dockers.</p>"
            "<p><img src='/chart.png' alt='chart'><br><em>(Credit: Ana Ruiz / Port Weekly)</em></p>"
            "<p>The authority expects the figures to recover once the new cranes arrive in the autumn.</p>"
            "</article></body></html>")
    body = clean_article(RawArticle(input_id="x", html=html)).body
    assert "Container traffic dropped by a fifth" in body and "Credit" not in body, body


def test_html7_the_published_time_tag_wins_over_an_earlier_generic_date_tag():
    # the page lists a mailing tool's date (the last update) before its publication time
    html = ("<html><head><title>Dockers end strike</title>"
            "<meta name='sailthru.date' content='2021-03-09T08:00:00Z'>"
            "<meta name='date' content='2021-03-09'>"
            "<meta property='og:article:published_time' content='2021-03-07T17:45:00Z'>"
            "</head><body><article><h1>Dockers end strike</h1><p>The dockers of the northern harbours went back to "
            "work on Sunday after three weeks, their union told members in a note.</p></article></body></html>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.published == "2021-03-07"


def _html7_page(head: str, body: str) -> str:
    return (f"<html><head>{head}</head><body><article><h1>Harbour talks resume</h1>{body}"
            "<p>Negotiators for the dockers and the port authority of Valdoria met again on Tuesday after a pause "
            "of two weeks, both sides said in short statements.</p>"
            "<p>The union wants a higher night rate and more staff on the cranes.</p></article></body></html>")


def test_html7_a_title_tag_ending_in_the_site_and_a_date_gives_the_headline():
    html = _html7_page("<link rel='canonical' href='https://www.valdonews.com/en/harbour-talks/a-1'>"
                       "<meta property='og:title' content='Harbour talks resume | VALDONEWS | 04.05.2021'>", "")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.title == "Harbour talks resume"


def test_html7_the_newsroom_is_no_author_and_a_labelled_author_item_is_read():
    html = _html7_page("<link rel='canonical' href='https://www.valdonews.com/en/harbour-talks/a-1'>"
                       "<meta name='author' content='Valdo News (www.valdonews.com)'>",
                       "<ul><li><strong>Date</strong> 04.05.2021</li><li><strong>Author</strong> Mira Kostova</li></ul>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.authors == ["Mira Kostova"]


def test_html7_a_byline_element_gives_its_people_and_the_agency_after_them():
    html = _html7_page("<link rel='canonical' href='https://www.valdonews.com/en/harbour-talks/a-1'>"
                       "<meta name='author' content='Valdo News Staff'><meta property='og:site_name' content='Valdo News'>",
                       "<div class='byline'>By <a href='/author/mk'>Mira Kostova</a> and AFP</div>")
    meta = clean_article(RawArticle(input_id="x", html=html)).meta
    assert meta.authors == ["Mira Kostova"] and meta.wire_sources == ["AFP"], meta


def test_html7_an_edition_name_yields_to_the_schema_org_publisher():
    html = _html7_page("<link rel='canonical' href='https://www.valdonews.com/en/harbour-talks/a-1'>"
                       "<meta property='og:site_name' content='Europe Edition'>"
                       "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
                       "\"Harbour talks resume\", \"publisher\": {\"@type\": \"Organization\", \"name\": "
                       "\"Valdo News\"}}</script>", "")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.publisher == "Valdo News"


def test_html7_a_labelled_permalink_goes_to_urls_but_not_a_video_clip_s_own():
    html = _html7_page("<link rel='canonical' href='https://www.valdonews.com/en/harbour-talks/a-1'>",
                       "<div class='video-box'><p><strong>Permalink</strong> https://vn.example/p/clip9</p></div>"
                       "<ul><li><strong>Permalink</strong> https://vn.example/p/4xQ2</li></ul>")
    urls = clean_article(RawArticle(input_id="x", html=html)).meta.urls
    assert "https://vn.example/p/4xQ2" in urls and "https://vn.example/p/clip9" not in urls, urls


def test_html7_the_h1_the_title_tag_confirms_wins_over_a_social_headline():
    html = _html7_page("<title>Harbour talks resume after two weeks of strikes | Valdo Herald</title>"
                       "<meta property='og:title' content='Dockers back at the table'>", "")
    html = html.replace("<h1>Harbour talks resume</h1>", "<h1>Harbour talks resume after two weeks of strikes</h1>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.title == "Harbour talks resume after two weeks of strikes"


def test_html7_a_schema_org_author_written_as_a_json_string_gives_the_name():
    html = _html7_page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Harbour talks "
                       "resume\", \"author\": \"{ \\\"@type\\\":\\\"Person\\\", \\\"name\\\":\\\"Mira Kostova\\\" }\"}"
                       "</script>", "")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.authors == ["Mira Kostova"]


def test_html7_a_paragraph_that_is_one_link_and_no_sentence_goes():
    html = _html7_page("", "<p><a href='/2021/05/dockers-history'>Ten things to know about the dockers' union</a></p>"
                       "<p><a href='/2021/05/cranes'>The new cranes</a> arrive in the autumn, the authority said.</p>")
    body = clean_article(RawArticle(input_id="x", html=html)).body
    assert "Ten things to know" not in body and "The new cranes arrive in the autumn" in body, body


def test_html7_an_agency_or_the_publisher_in_brackets_before_a_dash_opens_a_dateline():
    meta = Meta(publisher="Valdo News")
    body = clean_text("Harbour talks resume\n\n(Valdo News) -- Negotiators for the dockers met again on Tuesday after "
                      "a pause of two weeks, both sides said.", meta)
    assert body.startswith("Negotiators for the dockers"), body
    meta = Meta()
    body = clean_text("Harbour talks resume\n\n(AP) — Negotiators for the dockers met again on Tuesday after a pause "
                      "of two weeks, both sides said.", meta)
    assert body.startswith("Negotiators for the dockers") and meta.wire_sources == ["AP"], (body, meta)


def test_html7_without_an_h1_the_title_tag_a_cut_schema_headline_confirms_wins_over_og_title():
    html = ("<html><head><title>Harbour talks resume after two weeks of strikes in the north | Valdo Herald</title>"
            "<meta property='og:title' content='Dockers back at the table'>"
            "<meta property='og:site_name' content='Valdo Herald'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Harbour talks resume "
            "after two weeks of strikes...\"}</script></head><body><div class='story'>"
            "<p>Negotiators for the dockers and the port authority of Valdoria met again on Tuesday after a pause of "
            "two weeks, both sides said in short statements.</p></div></body></html>")
    meta = clean_article(RawArticle(input_id="x", html=html)).meta
    assert meta.title == "Harbour talks resume after two weeks of strikes in the north", meta.title


def test_html7_a_related_coverage_box_inside_the_story_does_not_end_it():
    text = ("Harbour talks resume\n\nNegotiators for the dockers and the port authority of Valdoria met again on "
            "Tuesday after a pause of two weeks, both sides said.\n\nRelated Coverage\n\nFactbox: the harbour strike "
            "in numbers\n\nThe union wants a higher night rate and two more workers on every crane, its leader told "
            "reporters.\n\nThe authority said it would answer the union's proposal in writing before Friday.")
    body = clean_article(RawArticle(input_id="x", text=text)).body
    assert "night rate" in body and "before Friday" in body and "Factbox" not in body, body


def test_html7_a_related_stories_list_of_headlines_and_teasers_still_ends_the_story():
    text = ("Harbour talks resume\n\nNegotiators for the dockers and the port authority of Valdoria met again on "
            "Tuesday after a pause of two weeks, both sides said.\n\nRelated stories\n\nDockers strike in the north\n\n"
            "Dockers in the northern harbours of Valdoria laid down their tools on Monday over pay and the night "
            "rate.\n\nCranes arrive late\n\nThe new cranes for the northern harbours will arrive three months later "
            "than planned, the authority said.")
    body = clean_article(RawArticle(input_id="x", text=text)).body
    assert "laid down their tools" not in body and "Cranes arrive late" not in body, body


def test_html7_agencies_in_brackets_after_a_byline_are_wire_sources():
    meta = Meta()
    clean_text("Harbour talks resume\n\nBy Mira Kostova (AFP, dpa)\n\nNegotiators for the dockers and the port "
               "authority of Valdoria met again on Tuesday after a pause of two weeks, both sides said.", meta)
    assert meta.authors == ["Mira Kostova"] and meta.wire_sources == ["AFP", "dpa"], meta


def test_html7_an_agency_s_staff_as_author_is_a_wire_source():
    html = _html7_page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Harbour talks "
                       "resume\", \"author\": {\"@type\": \"Person\", \"name\": \"Reuters Staff\"}}</script>", "")
    meta = clean_article(RawArticle(input_id="x", html=html)).meta
    assert meta.authors == [] and meta.wire_sources == ["Reuters"], meta


def test_html7_an_h1_that_only_begins_the_title_is_not_the_headline():
    html = _html7_page("<meta property='og:title' content='Harbour talks resume: unions want more'>", "")
    html = html.replace("<h1>Harbour talks resume</h1>", "<h1>Harbour talks resume</h1><h1>Valdoria harbours</h1>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.title == "Harbour talks resume: unions want more"


def test_html7_a_newsroom_byline_is_no_author():
    meta = Meta()
    clean_text("Harbour talks resume\n\nBy Valdo Herald Staff\n\nNegotiators for the dockers and the port authority of "
               "Valdoria met again on Tuesday after a pause of two weeks, both sides said.", meta)
    assert meta.authors == [], meta.authors


def test_html7_a_caption_closed_by_photographer_and_agency_in_square_brackets_is_a_picture():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers and the port authority of Valdoria met "
                      "again on Tuesday after a pause of two weeks, both sides said.\n\nDockers wait at the gate of the "
                      "northern harbour on May 3, 2021 [Ana Ruiz/EPA]\n\nThe union wants a higher night rate.", meta)
    assert "Dockers wait at the gate" not in body and meta.images and meta.images[0].credit == "Ana Ruiz/EPA", (body, meta)


def test_html7_short_widget_lines_under_the_standfirst_do_not_use_up_the_byline_reach():
    meta = Meta()
    clean_text("Harbour talks resume\n\nDockers and the port authority meet again after two weeks of strikes.\n\n"
               "Listen (2 mins)\n\nAdd Valdo Herald on Google\n\nReading list\n\nBy Mira Kostova and AFP\n\nNegotiators for the dockers and the port "
               "authority of Valdoria met again on Tuesday after a pause of two weeks, both sides said.", meta)
    assert meta.authors == ["Mira Kostova"] and meta.wire_sources == ["AFP"], meta


def test_cact7_paywall_teasers_a_hashtag_run_and_a_source_label_go():
    meta = Meta()
    body = clean_text("Ports reopen\n\nNot a subscriber? Look at our offers.\n\nThe two ports of Valdoria reopened on "
                      "Monday after a strike of three weeks, officials said.\n\nREAD: Dockers strike again in the north | "
                      "Union calls a vote\n\nThe strike had cost the region dearly, the mayor said.\n\nTo read all of the "
                      "Valdo Herald, you need to subscribe. We offer many subscription options for readers.\n\n"
                      "Article source:\n\n#Ports #Strike #Valdoria", meta)
    assert body == ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                    "The strike had cost the region dearly, the mayor said."), body


def test_cact7_an_agency_and_a_time_stamp_above_the_story_go():
    meta = Meta()
    body = clean_text("Ports reopen\n\n(Valdopress) 09:15, May 3, 2031\n\nThe two ports of Valdoria reopened on Monday "
                      "after a strike of three weeks, officials said.", meta)
    assert body == "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", body


def test_cact7_a_running_time_and_a_title_shown_twice_under_a_player_go():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials "
                      "said.\n03:15\nDockers and owners trade blame over the strike\nDockers and owners trade blame over "
                      "the strike\nThe union said the deal was fair.", meta)
    assert body == ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                    "The union said the deal was fair."), body


def test_text8_a_date_glued_to_its_copy_is_the_publication_date():
    meta = Meta()
    body = clean_text("Ports reopen\n\nPublished On 3 May 20313 May 2031\n\nThe two ports of Valdoria reopened on Monday "
                      "after a strike of three weeks, officials said.", meta)
    assert meta.published == "2031-05-03", meta
    assert body.startswith("The two ports"), body


def test_text8_a_date_marked_updated_after_it_is_no_publication_date():
    meta = Meta()
    body = clean_text("Ports reopen\n\nMay 4, 2031 -- Updated 0315 GMT (1115 HKT)\n\nThe two ports of Valdoria reopened "
                      "on Monday after a strike of three weeks, officials said.", meta)
    assert meta.published is None, meta
    assert body.startswith("The two ports"), body


def test_text8_a_labelled_list_of_picks_inside_the_story_goes_and_the_story_goes_on():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials "
                      "said.\n\nRecommended Stories\nlist of 2 items\n\nlist 1 of 2Why did the dockers of Valdoria stop work "
                      "for three weeks?\n\nlist 2 of 2Harbour owners count the cost\n\nend of list\n\nThe union said the deal "
                      "it signed on Sunday was fair to all of its members in both ports.\n\nShips queued outside the harbour "
                      "for most of the day as the cranes started again.", meta)
    assert body.startswith("The two ports") and "Why did" not in body and "end of list" not in body, body
    assert body.endswith("as the cranes started again."), body


def test_text8_widget_buttons_and_a_site_recommends_box_go():
    meta = Meta()
    body = clean_text("Ports reopen\n\nListen (4 mins)\n\nShare Ports reopen on social media\n\nAdd Valdo Herald on Google"
                      "\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                      "Herald recommends\n\nDockers vote on a new deal\n\nThe dockers of the north will vote on a deal that "
                      "the owners offered last week after long talks.", meta)
    assert body == "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", body


def test_text8_a_gallery_title_shown_above_each_slide_goes_with_its_slides():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials "
                      "said.\n\nOld harbours of the north\n\nCranes at dawn\n\nThe first cranes of the northern harbour were "
                      "built by a shipping firm more than a century ago.\n\nOld harbours of the north\n\nThe fish market\n\n"
                      "Fishermen have sold their catch on the quay every morning since the harbour opened.\n\n"
                      "Author: Lina Varga (lv)\n\nThe union said the deal it signed on Sunday was fair to its members.", meta)
    assert body == ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                    "The union said the deal it signed on Sunday was fair to its members."), body


def test_text8_captions_above_hide_caption_and_story_highlights_go():
    meta = Meta()
    body = clean_text("Ports of the north reopen - Valdonews.com\n\nEDITION: NORTH\n\nPorts of the north reopen\n\nBy Mira Kostova, Valdonews\n\n"
                      "May 4, 2031\n\nDockers load a ship at the northern quay on Monday, May 3, in Valdoria.\n\n"
                      "Cranes stand idle during the strike on April 20.\n\nHide caption\n\nStory highlights\n\n"
                      "NEW: Ships leave the harbour again\n\nUnion says the deal is fair\n\n(Valdonews) -- The two ports "
                      "of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\nThe union said "
                      "the deal was fair to all of its members in both ports.", meta)
    assert body == ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                    "The union said the deal was fair to all of its members in both ports."), body


def test_text8_share_buttons_a_video_permalink_and_a_newsletter_prompt_go():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials "
                      "said.\n\nSend Facebook Twitter\n\nPermalink https://example.org/p/x1\n\nEach morning our desk picks "
                      "the news you need to know. Subscribe to our newsletter today.\n\nThe union said the deal was fair "
                      "to all of its members in both ports.", meta)
    assert body == ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                    "The union said the deal was fair to all of its members in both ports."), body


def test_text8_a_top_stories_label_and_a_language_picker_above_the_headline_neither_end_nor_title_the_text():
    meta = Meta()
    body = clean_text("Our site uses cookies to improve your visit.\nMore info\nOK\nWrong language? Change it here\n"
                      "Valdonews has set English as the language.\nValdonews in 12 languages\nTop stories\n"
                      "Ports of the north reopen after the strike\nThe two ports of Valdoria reopened on Monday after a "
                      "strike of three weeks, officials said.\nThe union said the deal was fair to all of its members.", meta)
    assert meta.title == "Ports of the north reopen after the strike", meta
    assert body == ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.\n\n"
                    "The union said the deal was fair to all of its members."), body


def test_text8_a_whole_page_glued_into_one_line_is_split_into_its_blocks():
    meta = Meta()
    story = ("The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.The union "
             "said the deal was fair to all of its members in both ports.“We are glad,” a docker said.Ships queued "
             "outside the harbour for most of the day as the cranes started again. ") * 8
    body = clean_text("Ports of the north reopen | Valdonews" + "Navigation menuNewsWorld" + story.strip(), meta)
    assert "Navigation" not in body and body.startswith("The two ports of Valdoria"), body[:200]
    assert "said.\n\nThe union said" in body, body[:300]


def test_text8_a_title_and_site_line_above_the_same_headline_is_the_page_title():
    meta = Meta()
    body = clean_text("Ports of the north reopen after the strike | Valdonews\n\nMenu\n\nPorts of the north reopen after "
                      "the strike\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials "
                      "said.", meta)
    assert meta.title == "Ports of the north reopen after the strike" and meta.publisher == "Valdonews", meta
    assert body == "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", body


def test_text8_teasers_above_the_headline_repeated_from_the_page_title_go():
    meta = Meta()
    body = clean_text("Ports of the north reopen after the strike | Valdonews\n\nUp Next\n\nA quiet summer on the lakes\n\n"
                      "Why the bakers of the south are worried\n\nPorts of the north reopen after the strike\n\nThe two "
                      "ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", meta)
    assert meta.title == "Ports of the north reopen after the strike", meta
    assert body == "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", body


def test_text8_more_from_the_author_ends_the_story():
    meta = Meta()
    body = clean_text("Ports reopen\n\nThe two ports of Valdoria reopened on Monday after a strike of three weeks, officials "
                      "said.\n\nMORE FROM Mira Kostova\n\nA quiet summer on the lakes of the north is over, the mayor said "
                      "at the weekend.", meta)
    assert body == "The two ports of Valdoria reopened on Monday after a strike of three weeks, officials said.", body


def test_page9_a_bracketed_link_paragraph_leaves_the_page_body():
    html = _html7_page("", "<p><i>[<a href='/valdoria/ferries'>Ferry fares in Valdoria double</a>]</i></p>")
    body = clean_article(RawArticle(input_id="x", html=html)).body
    assert "Ferry fares" not in body and body.startswith("Negotiators for the dockers"), body


def test_page9_a_bracketed_link_line_leaves_scraped_text():
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "[Read: Why the ferries of Valdoria run late]\n\nThe union wants a higher night rate.", Meta())
    assert "ferries" not in body and body.endswith("higher night rate."), body


def test_page9_a_newsroom_contributors_line_is_a_credit():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "Mira Kostova and Ivo Brandt contributed to this report.", meta)
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_the_authors_note_under_a_column_leaves_the_body():
    meta = Meta(authors=["Mira Kostova"])
    body = clean_text("Harbour talks resume\n\nThe dockers deserve better than another round of empty talks.\n\n"
                      "The port authority has had three weeks to make an offer.\n\n"
                      "MIRA KOSTOVA IS THE CHANNEL'S LABOUR EDITOR", meta)
    assert body.endswith("to make an offer."), body


def test_page9_image_caption_and_copyright_labels_without_punctuation_are_picture_lines():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "Image copyrightValdo Photo Agency\n\nImage caption Cranes stand still at the northern harbour\n\n"
                      "The union wants a higher night rate and more staff on the cranes.", meta)
    assert "Image" not in body and "Cranes stand still" not in body, body


def test_page9_a_first_published_line_gives_the_date_and_goes():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "Valdonews (Porto Vald) First published March 3, 2021: 9:10 AM ET", meta)
    assert meta.published == "2021-03-03" and body == "Negotiators for the dockers met again on Tuesday, both sides said.", (meta, body)


def test_page9_a_page_title_ending_in_a_date_gives_title_and_date():
    meta = Meta()
    clean_text("Harbour talks resume after three weeks - Mar. 3, 2021\n\nHarbour talks resume after three weeks\n\n"
               "Negotiators for the dockers met again on Tuesday, both sides said.", meta)
    assert meta.title == "Harbour talks resume after three weeks" and meta.published == "2021-03-03", meta


def test_page9_footer_links_under_scraped_text_go():
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "The union wants a higher night rate.\n\nContact Us\n\nTerms of use Privacy", Meta())
    assert body.endswith("higher night rate."), body


def test_page9_one_author_in_two_spellings_is_one_author():
    html = _html7_page("<meta name='author' content='Mira Kostova'>",
                       "<p class='byline'>By <span class='byline-author'>MIRA KOSTOVA</span></p>")
    assert clean_article(RawArticle(input_id="x", html=html)).meta.authors == ["Mira Kostova"]


def test_page9_the_site_after_the_headline_in_the_title_tag_is_the_publisher():
    html = _html7_page("<title>Harbour talks resume - The Valdoria Courier</title>", "")
    meta = clean_article(RawArticle(input_id="x", html=html)).meta
    assert meta.publisher == "The Valdoria Courier" and meta.title == "Harbour talks resume", meta


def test_page9_a_caption_closed_by_photographer_agency_and_photo_service_is_a_picture():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nThe union leader waves at dockers in Porto Vald on Monday after the vote. "
                      "(Mira Kostova/AFP/Getty Images)\n\nNegotiators for the dockers met again on Tuesday, both sides "
                      "said.", meta)
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].credit == "Mira Kostova/AFP/Getty Images", meta.images


def test_page9_a_byline_of_name_in_place_under_the_headline_gives_the_author():
    meta = Meta()
    body = clean_text("Harbour talks resume | Valdonews\n\nHarbour talks resume\n\nMira Kostova in Porto Vald\n\n"
                      "Negotiators for the dockers met again on Tuesday, both sides said.", meta)
    assert meta.authors == ["Mira Kostova"] and body.startswith("Negotiators"), (meta, body)


def test_page9_a_byline_with_a_colon_a_handle_and_a_glued_date_is_read():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nby Mira Kostova @mkostovaMarch 3, 2021: 9:10 AM ET\n\n"
                      "Negotiators for the dockers met again on Tuesday, both sides said.", meta)
    assert meta.authors == ["Mira Kostova"] and meta.published == "2021-03-03", meta
    assert body.startswith("Negotiators"), body
    meta = Meta()
    clean_text("Harbour talks resume\n\nby: Ivo Brandt\n\nNegotiators for the dockers met again on Tuesday, both sides "
               "said.", meta)
    assert meta.authors == ["Ivo Brandt"], meta


def test_page9_a_heading_that_is_a_whole_sentence_stays_in_the_page_body():
    html = _html7_page("", "<h2>The dockers of Valdoria have long been the best paid workers of the coast, and the "
                           "strike has shown why.</h2>")
    body = clean_article(RawArticle(input_id="x", html=html)).body
    assert body.startswith("The dockers of Valdoria have long been"), body


def test_page9_a_site_player_and_a_powered_by_widget_leave_the_page_body():
    html = _html7_page("", "<div class='valdoplayer'><video src='clip.mp4'></video><p class='caption'>Watch the cranes "
                           "stop at dawn</p></div><div class='module'><p>Powered by ExampleWidgets.com</p></div>")
    body = clean_article(RawArticle(input_id="x", html=html)).body
    assert "cranes stop" not in body and "Powered by" not in body, body


def test_page9_a_related_box_with_question_and_quoted_headlines_inside_the_story_is_skipped():
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday after a pause of two "
                      "weeks, both sides said.\n\nRelated Articles\n\nWhy are the cranes still? What we know\n\n"
                      "The union boss who said 'never'\n\nThe union wants a higher night rate and more staff on the "
                      "cranes, and says the port authority has offered neither in three weeks of talks, which it "
                      "calls a waste of everyone's time.\n\nA short caption under a picture", Meta())
    assert "higher night rate" in body and "Why are the cranes" not in body, body


def test_page9_a_related_list_whose_teaser_opens_with_a_dateline_still_ends_the_story():
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday after a pause of two "
                      "weeks, both sides said.\n\nRelated Posts\n\nFerry fares rise in the south\n\nPORTO VALD, March 2 "
                      "(Valdonews) – The ferry company of the southern coast raised its fares for the second time this "
                      "year, citing fuel costs and a shortage of crews on the night routes.", Meta())
    assert body == "Negotiators for the dockers met again on Tuesday after a pause of two weeks, both sides said.", body


def test_page9_an_ad_blocker_notice_is_furniture():
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "Valdonews asks readers: please disable your ad blocker and keep reading.\n\n"
                      "The union wants a higher night rate.", Meta())
    assert "ad blocker" not in body, body


def test_page9_an_agency_byline_with_date_and_time_between_bars_gives_the_wire_and_date():
    meta = Meta()
    body = clean_text("News | World\n\nHarbour talks resume in Valdoria\n\nBy AFP   |   3 March 2021   |   9:10 am\n\n"
                      "Negotiators for the dockers met again on Tuesday, both sides said.", meta)
    assert meta.wire_sources == ["AFP"] and meta.published == "2021-03-03" and not meta.authors, meta
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_a_section_label_glued_before_a_date_is_no_byline():
    meta = Meta()
    body = clean_text("Harbour talks resume in Valdoria\n\nValdoria Labour Relations 3 March 2021 09:10 (UTC +01:00)\n\n"
                      "Negotiators for the dockers met again on Tuesday, both sides said.", meta)
    assert not meta.authors and meta.published == "2021-03-03" and meta.section == "Valdoria Labour Relations", meta
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_a_paragraph_the_scraper_doubled_is_kept_once():
    body = clean_text("Harbour talks resume in Valdoria\n\nNegotiators for the dockers met again on Tuesday, both sides "
                      "said.\n\nHarbour talks resume in Valdoria\n\nNegotiators for the dockers met again on Tuesday, both "
                      "sides said.\n\nThe union wants a higher night rate.", Meta())
    assert body.count("Negotiators") == 1 and body.endswith("higher night rate."), body


def test_page9_a_date_labelled_press_release_is_a_date_line():
    meta = Meta()
    body = clean_text("Minister on the harbour strike\n\n03.03.2021 - Press release\n\nThe minister issued the following "
                      "statement on the strike in Porto Vald today.", meta)
    assert meta.published == "2021-03-03" and body.startswith("The minister issued"), (meta, body)


def test_page9_a_font_size_widget_and_a_glued_menu_are_no_title():
    meta = Meta()
    body = clean_text(" date 2021-03-03 + ↺ − 16 px\n\nHomeWorld NewsValdoria TodayMarketsSports Desk\n\nNegotiators for the "
                      "dockers met again on Tuesday, both sides said.", meta)
    assert meta.title is None and meta.published == "2021-03-03", meta
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_a_newsroom_line_above_the_story_is_no_text_and_no_author():
    meta = Meta()
    body = clean_text("Harbour talks resume in Valdoria\n\nMarch 3, 2021\nValdonews Newsroom\n\nNegotiators for the dockers "
                      "met again on Tuesday, both sides said.", meta)
    assert not meta.authors and body.startswith("Negotiators"), (meta, body)


def test_page9_caption_credits_via_an_agency_and_in_capitals_are_pictures():
    meta = Meta()
    body = clean_text("Harbour talks resume in Valdoria\n\nDockers listen to their union leader in Porto Vald, Valdoria March 2, "
                      "2021. Mira Kostova/Valdo Press/via REUTERS\n\nNegotiators for the dockers met again on Tuesday, both "
                      "sides said.\n\nThis file photo shows the port of Porto Vald. (AFP PHOTO / Ivo BRANDT)\n\nThe union "
                      "wants a higher night rate.", meta)
    assert body == ("Negotiators for the dockers met again on Tuesday, both sides said.\n\n"
                    "The union wants a higher night rate."), body
    assert [i.credit for i in meta.images] == ["Mira Kostova/Valdo Press/via REUTERS", "AFP PHOTO / Ivo BRANDT"], meta.images


def test_page9_a_date_line_with_slashes_and_an_age_is_no_breadcrumb():
    meta = Meta()
    clean_text("Harbour talks resume in Valdoria\n\nMarch 3, 2021 / 9:10 AM / 8 months ago\n\nNegotiators for the dockers "
               "met again on Tuesday, both sides said.", meta)
    assert meta.published == "2021-03-03" and meta.section is None, meta


def test_page9_headlines_under_read_more_and_the_comments_below_the_story_go():
    meta = Meta(authors=["Mira Kostova"])
    body = clean_text("Harbour talks resume\n\nNegotiators for the dockers met again on Tuesday, both sides said.\n\n"
                      "Mira Kostova covers labour for Valdonews.\n\nRead more:\n\nFerry fares in Valdoria double\n\n"
                      "Why the cranes stopped\n\nComments\n\nEnter a working email to join the talk.", meta)
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_a_from_label_glued_to_a_date_gives_publisher_and_date():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nby: Mira Kostova\nFrom: Valdo HeraldMarch 3, 2021 9:10PM\n\nNegotiators for "
                      "the dockers met again on Tuesday, both sides said.", meta)
    assert meta.published == "2021-03-03" and meta.publisher == "Valdo Herald", meta
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_a_credit_label_without_colon_and_more_opinion_teasers_go():
    meta = Meta()
    body = clean_text("Harbour talks resume\n\nCranes stand still at the northern harbour on Monday.\n"
                      "Credit Mira Kostova/Valdo Press\n\nNegotiators for the dockers met again on Tuesday, both sides "
                      "said.\n\nMore Opinion\n\nIvo Brandt: Why the strike must end", meta)
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].credit == "Mira Kostova/Valdo Press", meta.images


def test_page9_menus_on_one_line_are_no_title():
    meta = Meta()
    body = clean_text("Europe Latest Stories South America Sport\n\nHarbour talks resume in Valdoria\n\n"
                      "Valdo News - Valdo Movies - Valdo Music - Search\n\nNegotiators for the dockers met again on "
                      "Tuesday, both sides said.", meta)
    assert meta.title == "Harbour talks resume in Valdoria", meta
    assert body == "Negotiators for the dockers met again on Tuesday, both sides said.", body


def test_page9_a_source_agency_in_brackets_under_the_story_is_a_sign_off():
    meta = Meta()
    body = clean_text("Harbour talks resume in Valdoria\n\nNegotiators for the dockers met again on Tuesday, both sides "
                      "said.\n(Source: VNA)", meta)
    assert meta.wire_sources == ["VNA"] and body.endswith("both sides said."), (meta, body)


def test_page11_a_short_label_taken_as_headline_gives_way_to_the_heading_above_the_lede():
    meta = Meta()
    body = clean_text("Stories filed under ports\n\nValdo Harbour Sites\n\nDockers end their strike in Porto Vald\n\n"
                      "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.title == "Dockers end their strike in Porto Vald", meta
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


def test_page11_a_line_of_one_or_two_words_is_no_headline():
    meta = Meta()
    body = clean_text("Appearance\n\nNegotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.title is None and body.startswith("Negotiators"), (meta, body)


def test_page11_a_caption_left_dangling_on_its_separator_over_a_copyright_line_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nThe union leader of Porto Vald, Ivo Brandt   -\n"
                      "Copyright © valdonews\nBy Mira Kostova\n\nNegotiators for the dockers signed a new wage deal on "
                      "Tuesday, both sides said.", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].caption == "The union leader of Porto Vald, Ivo Brandt", meta.images


def test_page11_a_caption_written_twice_between_two_copies_of_the_headline_is_no_gallery():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nIvo Brandt signs the deal in the port office. (Valdo Ministry)\n"
                      "Ivo Brandt signs the deal in the port office. (Valdo Ministry)\nVN\n\nDockers end their strike in "
                      "Porto Vald\n\nIvo Brandt signs the deal in the port office. (Valdo Ministry)\nIvo Brandt signs the deal "
                      "in the port office. (Valdo Ministry)\n\nNegotiators for the dockers signed a new wage deal on Tuesday, "
                      "both sides said.", meta)
    assert meta.title == "Dockers end their strike in Porto Vald", meta
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


def test_page11_a_browser_notice_and_a_text_size_button_go():
    meta = Meta()
    body = clean_text("Please update your browser\n\nYour browser is outdated and may show this page badly.\n"
                      "Click on the icons below to download.\n\nDockers end their strike in Porto Vald\n\nChange Size\n\n"
                      "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.title == "Dockers end their strike in Porto Vald", meta
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


def test_page11_an_agency_before_the_photographer_in_brackets_closes_a_caption():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nIvo Brandt (left) greets dockers at the gate in Porto Vald "
                      "May 2, 2019. (Reuters/Mira Kostova)\n\nNegotiators for the dockers signed a new wage deal on Tuesday, "
                      "both sides said.", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].credit == "Reuters/Mira Kostova", meta.images


def test_page11_a_drop_cap_set_apart_joins_its_word():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nN\n\negotiators for the dockers signed a new wage deal on "
                      "Tuesday, both sides said.", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


def test_page11_a_date_line_with_its_update_in_brackets_gives_the_first_date():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\n3 Mar 2021 09:10AM (Updated: 4 Mar 2021 11:20PM)\n\n"
                      "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.published == "2021-03-03" and body.startswith("Negotiators"), (meta, body)


def test_page11_a_desk_place_and_dates_line_under_a_standfirst_goes():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nThe union and the port signed a wage deal after a week "
                      "of talks.\nValdo News Desk | Porto Vald | Updated: 04-03-2021 11:20 IST | Created: 03-03-2021 09:10 "
                      "IST\n\nNegotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.published == "2021-03-03", meta
    assert "Desk" not in body and body.endswith("both sides said."), body


def test_page11_counters_ratings_and_read_more_on_tags_under_the_story_go():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nNegotiators for the dockers signed a new wage deal on "
                      "Tuesday, both sides said.\n(With inputs from agencies.)\nRate this item\n(3 votes)\n"
                      "This story has been read 1,204 times in total\n- READ MORE ON:\n- Valdoria\n- ports\n\n"
                      "Ferry fares in Valdoria double\nWhy the cranes stopped", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


def test_page11_a_bare_label_and_a_line_in_another_language_under_an_english_story_go():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nNegotiators for the dockers signed a new wage deal on "
                      "Tuesday, both sides said.\n\nThe port reopens on Thursday morning, the harbour office said.\n\n"
                      "Quelle:\nLes commentaires écrits en majuscules ne seront pas publiés sur notre site.", meta)
    assert body.endswith("the harbour office said."), body


@pytest.mark.parametrize("lede,place,rest", [
    ("PORTO VALD, 09 July 2021, (VN): Dockers signed a wage deal with the port on Friday.", "PORTO VALD",
     "Dockers signed a wage deal with the port on Friday."),
    ("PORTO-VALD (VNS) — Dockers signed a wage deal with the port on Friday.", "PORTO-VALD",
     "Dockers signed a wage deal with the port on Friday."),
])
def test_page11_datelines_with_the_site_s_short_name_in_brackets(lede, place, rest):
    credits = Credits()
    assert strip_dateline(lede, credits)[0] == rest and credits.place == place


def test_page11_a_dateline_comes_off_a_lede_cut_before_its_full_stop_and_its_date_is_read():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nPORTO VALD, 09 July 2021, (VN): Negotiators for the dockers "
                      "signed a new wage deal with the port authority on Friday after a week of talks that the union had", meta)
    assert body.startswith("Negotiators") and meta.published == "2021-07-09", (body, meta)


def test_page11_a_file_photo_caption_with_a_pool_credit_via_an_agency_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nFILE PHOTO: Ivo Brandt speaks to dockers at the gate of the "
                      "port of Porto Vald on May 2 , 2019. Mira Kostova /Pool via REUTERS\n\nVALDOVA: Negotiators for the "
                      "dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].credit == "Mira Kostova /Pool via REUTERS", meta.images


def test_page11_a_hard_wrapped_line_ending_in_a_closing_quote_goes_on_below():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nNegotiators for the dockers met the port's managers\n"
                      "again on Tuesday and called the new wage offer a \"fair start\"\nfor the talks.", meta)
    assert body == ("Negotiators for the dockers met the port's managers again on Tuesday and called the new wage offer a "
                    "\"fair start\" for the talks."), body


def test_page11_a_name_before_published_and_a_date_is_the_byline():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nMira Kostova Published March 3, 2021 | 9:10 PM\n\n"
                      "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.authors == ["Mira Kostova"] and meta.published == "2021-03-03", meta
    assert body.startswith("Negotiators"), body


def test_page11_of_two_date_lines_one_under_the_other_the_earlier_is_the_publication_date():
    meta = Meta()
    clean_text("29 Nov 2026\nTuesday 3 March 2021 - 09:10\n\nDockers end their strike in Porto Vald\n\n"
               "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert meta.published == "2021-03-03", meta


def test_page11_a_sentence_dated_with_its_year_between_headline_and_lede_is_the_top_picture_s_caption():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nDockers wave flags at the gate of the port in Porto Vald on "
                      "March 2, 2021.\n\nNegotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].caption.startswith("Dockers wave flags"), meta.images


def test_page11_a_lede_that_reports_words_and_ends_in_a_dated_year_stays():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nThe union said the strike would end on March 2, 2021.\n\n"
                      "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", meta)
    assert body.startswith("The union said"), body


def test_page11_a_wire_credit_with_spaces_round_its_slash_closes_a_caption():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nDockers (L and R) close the gate of the port in Porto Vald. "
                      "The union called the strike on Monday. AFP / Mira Kostova\n\nNegotiators for the dockers signed a new "
                      "wage deal on Tuesday, both sides said.", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].credit == "AFP / Mira Kostova", meta.images


def test_page11_a_photographer_and_outlet_line_is_a_credit_and_the_dated_caption_above_a_standfirst_goes():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nHARBOUR TALKS. Ivo Brandt speaks to dockers at the gate of the "
                      "port in Porto Vald on March 2, 2021.\n\nMira Kostova/Valdonews\n\nThe union and the port signed a "
                      "wage deal after a week of talks\n\nNegotiators for the dockers signed a new wage deal on Tuesday, both "
                      "sides said.", meta)
    assert body.startswith("The union and the port signed"), body
    assert "Mira Kostova/Valdonews" in [i.credit for i in meta.images], meta.images


def test_page11_a_known_city_glued_to_the_lede_by_a_colon_is_its_dateline():
    credits = Credits()
    assert strip_dateline("Nairobi:Negotiators for the dockers signed a new wage deal with the port on Tuesday.", credits)[0] == \
        "Negotiators for the dockers signed a new wage deal with the port on Tuesday." and credits.place == "Nairobi"


def test_page11_a_logo_s_alt_text_a_sponsor_label_and_a_french_reading_time_go():
    meta = Meta()
    body = clean_text("Logo Valdo Radio - Port - Sea\nin partnership with\nLogo Valdonews\n\nDockers end their strike in Porto "
                      "Vald\n\n4 min de lecture\n\nNegotiators for the dockers signed a new wage deal on Tuesday, both sides "
                      "said.", meta)
    assert meta.title == "Dockers end their strike in Porto Vald", meta
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


def test_page11_a_caption_closed_by_a_copyright_credit_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nNegotiators for the dockers signed a new wage deal on Tuesday, "
                      "both sides said.\nDockers leave the gate of the port in Porto Vald © PHOTO MIRA KOSTOVA / VALDOPRESS / "
                      "AFP", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body
    assert meta.images and meta.images[0].credit.startswith("© PHOTO"), meta.images


def test_page11_video_titles_under_running_times_below_the_story_go():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nNegotiators for the dockers signed a new wage deal on Tuesday, "
                      "both sides said.\n01:45\nFerry fares in Valdoria double after the strike\n00:52\nWhy the cranes of "
                      "Porto Vald stood still", meta)
    assert body == "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said.", body


LEDE13 = "Negotiators for the dockers signed a new wage deal on Tuesday, both sides said."


def test_page13_a_caption_closed_by_photo_courtesy_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nIvo Brandt speaks to dockers at the port gate on March 2, 2021. — "
                      "Photo courtesy Valdo Radio\nIvo Brandt speaks to dockers at the port gate on March 2, 2021. — Photo courtesy "
                      f"Valdo Radio\n\n{LEDE13}", meta)
    assert body == LEDE13, body
    assert meta.images and meta.images[0].credit == "Valdo Radio", meta.images


def test_page13_a_caption_closed_by_an_outlet_photo_in_brackets_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nPublished April 03,2021\nIvo Brandt speaks to dockers at the port "
                      f"gate in Porto Vald, 02 April 2021. (Valdo Photo)\n\n{LEDE13}", meta)
    assert body == LEDE13, body
    assert meta.published == "2021-04-03", meta
    assert meta.images and meta.images[0].credit == "Valdo Photo", meta.images


def test_page13_an_agency_file_line_is_a_picture_credit():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\nReuters file\n\n{LEDE13}", meta)
    assert body == LEDE13, body
    assert meta.images and meta.images[0].credit == "Reuters file", meta.images


def test_page13_a_caption_in_a_table_cell_closed_by_agencies_and_an_empty_picture_go():
    meta = Meta()
    body = clean_text("![]() |\nDockers leave the port gate in Porto Vald, March 2, 2021, in this photo from the union. AFP-Kyodo |\n"
                      f"{LEDE13}", meta)
    assert body == LEDE13, body
    assert meta.images and meta.images[0].credit == "AFP-Kyodo", meta.images


def test_page13_an_agency_alone_after_the_last_sentence_is_a_sign_off():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nThe port reopens on Friday, the union said. - REUTERS",
                      meta)
    assert body.endswith("the union said."), body
    assert meta.wire_sources == ["Reuters"], meta
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nThe port reopens on Friday. (Kyodo)", meta)
    assert body.endswith("reopens on Friday."), body
    assert meta.wire_sources == ["Kyodo"], meta


def test_page13_a_name_after_the_last_sentence_is_no_sign_off():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nThe port reopens on Friday. - Ivo Brandt", meta)
    assert body.endswith("- Ivo Brandt"), body


def test_page13_a_place_in_capitals_alone_above_the_lede_is_the_dateline():
    article = clean_article(RawArticle(input_id="t", text=f"Dockers end their strike in Porto Vald\n\nOur Correspondent March 2, 2021\n\n"
                                                         f"LISBON:\n\n\n{LEDE13}"))
    assert article.body == LEDE13 and article.dateline == "LISBON", (article.body, article.dateline)
    assert article.meta.authors == [] and article.meta.published == "2021-03-02", article.meta


def test_page13_a_leading_comma_and_a_dateline_with_its_country_and_day_go():
    article = clean_article(RawArticle(input_id="t", text=f"Dockers end their strike in Porto Vald\n\n, LISBON, Portugal Mar 2 – {LEDE13}"))
    assert article.body == LEDE13 and article.dateline == "LISBON", (article.body, article.dateline)


def test_page13_an_agency_first_dateline_with_the_day_of_the_month_goes():
    credits = Credits()
    assert strip_dateline(f"AFP, Lisbon, 2nd. {LEDE13}", credits)[0] == LEDE13
    assert credits.wires == ["AFP"] and credits.place == "Lisbon", credits


def test_page13_a_byline_glued_to_a_weekday_date_gives_the_author():
    meta = Meta()
    clean_text(f"Dockers end their strike in Porto Vald\n\nMira KostovaTuesday, 2 March 2021, 16:40\n\n{LEDE13}", meta)
    assert meta.authors == ["Mira Kostova"] and meta.published == "2021-03-02", meta


def test_page13_a_staff_reporter_glued_to_published_and_a_todays_paper_link_are_no_authors():
    meta = Meta()
    clean_text("Valdonews Logo\n\nToday's Paper | March 2, 2021\n\nDockers end their strike in Porto Vald\n\nThe Paper's Staff "
               f"ReporterPublished March 2, 2021 - Updated March 2, 2021 08:40am\n\n{LEDE13}", meta)
    assert meta.authors == [] and meta.published == "2021-03-02", meta


def test_page13_an_age_notice_a_like_button_a_sponsor_label_and_picture_file_names_go():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nThis story is over 2 years old\n\n"
                      f"{LEDE13}\n\nSPONSOR AD\n\n photo 12_dock4fa.jpg\n\nThe port reopens on Friday, the union said.\n\n"
                      "Like this: Like Loading...", meta)
    assert body == f"{LEDE13}\n\nThe port reopens on Friday, the union said.", body


def test_page13_a_writers_note_above_a_comment_form_gives_the_author():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nThe port reopens on Friday, the union said.\n\n"
                      "Mira Kostova is a freelance journalist who covers the ports of the south coast. She tweets at @mkostova\n\n"
                      "Please enter your comment!\nPlease enter your name here", meta)
    assert body == f"{LEDE13}\n\nThe port reopens on Friday, the union said.", body
    assert meta.authors == ["Mira Kostova"], meta


def test_page13_a_list_of_opinion_pieces_under_the_story_goes():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nOpinion\n\nEditorial\n\nHarbour fees\nUpdated 3 Mar, "
                      "2021\n\nHarbour fees\n\nTHE port has raised its fees three times in a year and ...", meta)
    assert body == LEDE13, body


def test_page13_a_disclaimer_and_an_original_link_under_the_story_go():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n{LEDE13}\nOriginal: example.com/story/12345/\n"
                      "Disclaimer: The views expressed in this article are those of the author alone.", meta)
    assert body == LEDE13, body


def test_page13_a_page_title_with_a_slogan_gives_way_to_the_headline_below():
    meta = Meta()
    clean_text("Dockers end their strike in Porto Vald, Latest Port News - Valdonews\nWorld\n\nDockers end their strike in "
               f"Porto Vald\n\n{LEDE13}", meta)
    assert meta.title == "Dockers end their strike in Porto Vald", meta


def test_page13_a_date_beside_a_language_switch_is_a_date_line():
    assert is_date_line("2 March 2021 / 19:09 RU") == "2021-03-02"


def test_page13_a_title_case_menu_line_above_the_headline_goes():
    meta = Meta()
    body = clean_text("Harbour Desk Ports Shipping Ferries Cranes Unions Weather Tides Fishing Lighthouses Coast Guard Marinas "
                      f"Yachts & Sails Dry Docks\n\nDockers end their strike in Porto Vald\n\n{LEDE13}", meta)
    assert meta.title == "Dockers end their strike in Porto Vald" and body == LEDE13, (meta, body)


def test_page13_a_caption_written_twice_on_one_line_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nIvo Brandt leads the dockers' union Ivo Brandt leads the dockers' union\n\n"
                      f"{LEDE13}", meta)
    assert body == LEDE13, body
    assert meta.images and meta.images[0].caption == "Ivo Brandt leads the dockers' union", meta.images


def test_page13_a_caption_closed_by_a_pic_credit_in_brackets_is_a_picture():
    meta = Meta()
    body = clean_text("Dockers end their strike in Porto Vald\n\nIvo Brandt, besides meeting the port's owners, spoke to the crews "
                      f"(Pic Valdopress)\n\n{LEDE13}", meta)
    assert body == LEDE13, body


def test_page13_a_desk_s_place_and_today_s_date_atop_the_page_give_way_to_the_story_s_date():
    meta = Meta()
    body = clean_text("Valdonews, in English\n\nLisbon, March 9th 2023 - 10:12 UTC\n\nDockers end their strike in Porto Vald\n\n"
                      f"Friday, March 3rd 2023 - 08:40 UTC\n\n{LEDE13}", meta)
    assert meta.title == "Dockers end their strike in Porto Vald" and meta.published == "2023-03-03", meta
    assert body == LEDE13, body


def test_page13_you_are_here_a_section_of_a_weekday_and_a_source_domain_go():
    meta = Meta()
    body = clean_text("You are here: HomePorts2023 03 03Article 4711\n\nPort News of Friday, 3 March 2023\n\nSource: valdonews.com.vd\n\n"
                      f"Dockers end their strike in Porto Vald\n\n{LEDE13}", meta)
    assert meta.title == "Dockers end their strike in Porto Vald" and meta.published == "2023-03-03", meta
    assert body == LEDE13, body


def test_page13_a_breadcrumb_ending_in_the_headline_is_no_title():
    meta = Meta()
    body = clean_text(f"Home / Harbour News / Dockers end their strike in Porto Vald\n\nDockers end their strike in Porto Vald\n\n{LEDE13}", meta)
    assert meta.title == "Dockers end their strike in Porto Vald" and body == LEDE13, (meta, body)


def test_page13_a_known_agency_dateline_stays_one_over_a_lede_opening_with_titles():
    credits = Credits()
    rest, _ = strip_dateline("LISBON, March 3 (Reuters) -- On 3 March 2023, Harbour Minister Dato' Seri Ivo Brandt Haji Mira signed "
                             "the new wage deal with the union.", credits)
    assert rest.startswith("On 3 March 2023") and credits.wires == ["Reuters"], (rest, credits)


def test_page13_an_agency_first_dateline_with_place_and_day_in_capitals_goes():
    credits = Credits()
    assert strip_dateline(f"(ANSA) - LISBON, MAR 3 - {LEDE13}", credits)[0] == LEDE13
    assert credits.wires == ["ANSA"] and credits.place == "LISBON", credits


def test_page13_a_dateline_with_a_full_date_and_a_source_in_brackets_goes():
    credits = Credits()
    assert strip_dateline(f"Porto Vald, 3 March 2023 (VNS) – {LEDE13}", credits)[0] == LEDE13
    assert credits.place == "Porto Vald", credits
    credits = Credits()
    assert strip_dateline(f"LISBON, March 3 ― {LEDE13}", credits)[0] == LEDE13   # a horizontal bar as the dash


def test_page13_links_to_the_full_story_and_a_check_also_box_under_the_story_go():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nThe port reopens on Friday, the union said.\n\n"
                      "(Reporting by Mira Kostova; Editing by Ivo Brandt)\n\nSource link\n\nCheck Also\n\nFerry fares in Valdoria double "
                      "after the long dock strike\n\nLISBON (Reuters) -", meta)
    assert body == f"{LEDE13}\n\nThe port reopens on Friday, the union said.", body
    assert meta.authors == ["Mira Kostova"], meta
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nFor the full story, click here\n\nValdonews gives news to all "
                      "readers of the coast through its wires, radio and television channels every day.", meta)
    assert body == LEDE13, body


def test_page13_a_name_and_a_desk_s_initials_under_the_story_give_the_author():
    meta = Meta()
    body = clean_text(f"{LEDE13}\nThe port reopens on Friday, the union said.\nMira Kostova Brandt, ISD", meta)
    assert body == f"{LEDE13}\n\nThe port reopens on Friday, the union said.", body
    assert meta.authors == ["Mira Kostova Brandt"], meta


def test_page13_other_stories_headlines_set_inside_the_article_go():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n{LEDE13}\nFerry fares in Valdoria double after the long dock strike\n"
                      "Why did the cranes of Porto Vald stand still for a week?\nThe harbour master who wants a second port for the coast\n"
                      "The port reopens on Friday, the union said, and the first ferry leaves at dawn.", meta)
    assert body == f"{LEDE13}\n\nThe port reopens on Friday, the union said, and the first ferry leaves at dawn.", body


def test_page13_two_headings_between_paragraphs_stay():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n{LEDE13}\nWhat the union won in the new deal\nWhat the port owners gave up\n"
                      "The port reopens on Friday, the union said, and the first ferry leaves at dawn.", meta)
    assert "What the port owners gave up" in body, body


def test_page13_a_national_agency_in_brackets_after_the_last_sentence_and_a_short_url_label():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\nShort Url\n{LEDE13}\nThe port reopens on Friday, the union said. (QNA)", meta)
    assert body == f"{LEDE13}\n\nThe port reopens on Friday, the union said.", body
    assert meta.wire_sources == ["QNA"], meta


def test_page13_a_sentence_cut_after_a_function_word_by_a_blank_line_is_joined_again():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE13}\n\nThe union leader passed the thanks of the crews to\n\n"
                      "the harbour master and asked him to reopen the gate on Friday.", meta)
    assert body.endswith("the thanks of the crews to the harbour master and asked him to reopen the gate on Friday."), body


LEDE15 = "The ferry union of Porto Vald agreed on Tuesday to end its week-long strike after the harbour board raised night wages."


def test_page15_player_placeholder_weather_and_a_french_date_above_the_story_go():
    meta = Meta()
    body = clean_text(f"12.5 C\nmardi, mars 4, 2031\nDockers end their strike in Porto Vald\n"
                      f"Getting your Example Audio player ready...\n{LEDE15}", meta)
    assert body == LEDE15, body
    assert meta.title == "Dockers end their strike in Porto Vald", meta
    assert meta.published is None, meta


def test_page15_a_hot_this_week_list_ends_the_article():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE15}\n\nHot this week\n\n"
                      "Ferry fares double on the coast\n\nThe harbour master wants a second port...", meta)
    assert body == LEDE15, body


def test_page15_a_comment_counter_under_the_story_ends_it():
    meta = Meta()
    text = (f"Dockers end their strike in Porto Vald\n\n{LEDE15}\n\nThe first ferry leaves the quay at dawn on Wednesday, the union said.\n\n"
            "Night wages rise by a fifth from next month under the deal, the board said.\n\n"
            "The crews had stopped work over pay and the length of their shifts, the union said.\n\n"
            "0 Comments\n\nKeep your comments civil and on the topic.\n\nFerry fares double on the coast\n\nMira Brandt | 03.04.31")
    body = clean_text(text, meta)
    assert body.endswith("the length of their shifts, the union said."), body


def test_page15_the_site_signing_off_by_its_name_goes():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\n{LEDE15}\n\nThe Valdoria EVENING POST.", meta)
    assert body == LEDE15, body


def test_page15_file_photo_captions_go():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\nFILE PHOTO: Ferries moored in Porto Vald, March 2, 2031. Example Photo Desk\n"
                      f"{LEDE15}\nFile image of the harbour master\nThe first ferry leaves the quay at dawn on Wednesday, the union said.", meta)
    assert body == f"{LEDE15}\n\nThe first ferry leaves the quay at dawn on Wednesday, the union said.", body
    assert len(meta.images) == 2, meta.images


def test_page15_a_video_credit_takes_a_title_above_it_but_not_a_sentence():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n{LEDE15}\nCrews cheer on the quay\n(Video: Porto Vald Union)\n"
                      "The first ferry leaves the quay at dawn on Wednesday, the union said.\nVideo: Valdo TV/Example Wire", meta)
    assert body == f"{LEDE15}\n\nThe first ferry leaves the quay at dawn on Wednesday, the union said.", body
    assert [i.caption for i in meta.images] == ["Crews cheer on the quay", ""], meta.images


def test_page15_a_byline_with_the_writer_s_place_and_the_date():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\nBy Mira Kostova in Valdstad March 4, 2031\n\n{LEDE15}", meta)
    assert body == LEDE15, body
    assert meta.authors == ["Mira Kostova"] and meta.published == "2031-03-04", meta


def test_page15_captions_closed_by_a_slash_and_their_source_go():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\nThe harbour master meets the union. Crews wait outside. / Valdoria Ports\n\n"
                      f"{LEDE15}\n\nUnion leaders with the harbour board at the signing in Porto Vald/VPB\n\n"
                      "The first ferry leaves the quay at dawn on Wednesday, the union said.", meta)
    assert body == f"{LEDE15}\n\nThe first ferry leaves the quay at dawn on Wednesday, the union said.", body
    assert [i.credit for i in meta.images] == ["Valdoria Ports", "VPB"], meta.images


def test_page15_a_dateline_gives_its_city_and_a_weekday_is_no_place():
    credits = Credits()
    rest, _ = strip_dateline(f"PORTO VALD, Valdoria (AP) — {LEDE15}", credits)
    assert rest == LEDE15 and credits.place == "PORTO VALD" and credits.wires == ["AP"], credits
    credits = Credits()
    rest, _ = strip_dateline(f"Tuesday, March 4, 2031 – {LEDE15}", credits)
    assert rest == LEDE15 and credits.place is None, credits


def test_page15_a_section_name_run_into_the_date_line():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\nNews4 March 2031 - 09:15\n\n{LEDE15}", meta)
    assert body == LEDE15, body
    assert meta.published == "2031-03-04" and meta.section == "News", meta


def test_page15_the_site_s_name_tagging_the_lede():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\n\nValdo News/ {LEDE15}", meta)
    assert body == LEDE15, body


def test_page15_a_dateline_with_the_country_in_square_brackets():
    meta = Meta()
    body = clean_text(f"Dockers end their strike in Porto Vald\nMar 4, 2031\nPorto Vald [Valdoria], March 4 : {LEDE15}", meta)
    assert body == LEDE15, body


def test_page15_the_site_s_name_in_another_script_around_a_date_is_no_headline():
    meta = Meta()
    body = clean_text(f"वाल्डो समाचार  04 Mar 2031 09:15:00  والدو\nDockers end their strike in Porto Vald\n\n{LEDE15}", meta)
    assert body == LEDE15, body
    assert meta.title == "Dockers end their strike in Porto Vald" and meta.published == "2031-03-04", meta


def test_a_last_sentence_naming_a_paper_is_not_taken_for_its_sign_off():
    text = ("Ministers of the two states met in the port on Monday to settle the fishing quarrel.\n\n"
            "They agreed to meet again next month in the capital.\n\n"
            "The story first ran in the Valdoria Post.")
    assert "first ran in the Valdoria Post" in clean_text(text, Meta())


@pytest.mark.parametrize("lede", [
    "Nairobi (KNX)-Kenya rejected the claims on Monday, saying the border pact signed last year was void.",
    "Nairobi (KNX) - Kenya rejected the claims on Monday, saying the border pact signed last year was void.",
])
def test_a_known_town_and_a_sites_short_name_before_a_dash_is_a_dateline(lede):
    body = clean_text(lede + "\n\nThe talks had stalled for months before the summit.", Meta())
    assert body.startswith("Kenya rejected the claims"), body[:60]


def test_a_bloc_and_its_initials_glued_to_a_name_are_no_dateline():
    lede = "European Union (EU)-Turkey talks resumed on Monday in the capital after a pause of many months."
    assert clean_text(lede + "\n\nThe talks had stalled.", Meta()).startswith("European Union (EU)-Turkey")


# -- promotions, link labels without a colon, lower-case bylines (session 11) ---------------------

_LEDE = ("The coastal province declared a state of emergency on Thursday after the river burst its banks "
         "and flooded three districts, the governor's office said.")
_SECOND = "Rescue teams moved more than 4,000 people to schools and churches on higher ground overnight."


@pytest.mark.parametrize("furniture", [
    "Follow The Evening Courier on WhatsApp for the latest news, analysis and updates.",
    "Get the latest news on WhatsApp Channel",
    "Get exclusive content with Harbour Times WhatsApp channel",
    "Metro Daily is on WhatsApp. Follow us here.",
    "Follow Courier Business on X, LinkedIn, Instagram and Facebook for insights on markets.",
    "Sign up for Harbour Times",
    "Weekly Newsletter",
    "Receive the essential regional news every morning",
    "Keep up to date with world news by downloading the Harbour Times app",
    "Support independent journalism in the region. Become a member today.",
    "Support HARBOUR TIMES' journalism of integrity and credibility",
    "Subscribe for full access to the story. Already subscribed? Login",
    "Save articles to read later and create your own reading list.",
    "Your privacy is important to us",
    "Show full article",
    "Got a tip or story? Email us at desk@example.org",
    "(Except for the headline, this story has not been edited by Courier staff and is published from a syndicated feed.)",
    "Also Read | Province braces for more rain as dams fill",
    "READ | Governor promises compensation for farmers",
    "Updated a day ago",
    "Sign up for our weekly newsletter to get more English-language news coverage from the Harbour Times Edition",
])
def test_promotions_and_labels_between_paragraphs_go(furniture):
    body = clean_text(f"{_LEDE}\n\n{furniture}\n\n{_SECOND}", Meta())
    assert body == f"{_LEDE}\n\n{_SECOND}"


def test_a_column_closing_with_one_network_to_follow_its_writer_keeps_it():
    body = clean_text(f"{_LEDE}\n\n{_SECOND}\n\nFollow Jane Doe on Twitter @janedoe.", Meta())
    assert body.endswith("Follow Jane Doe on Twitter @janedoe.")


@pytest.mark.parametrize("label", ["Also read", "RELATED", "Keep reading", "related news", "More information", "Explore more"])
def test_a_link_label_without_its_colon_takes_the_headlines_below_it(label):
    text = (f"{_LEDE}\n\n{label}\nDams near capacity as rains continue\nFarmers count losses in the delta\n\n{_SECOND}")
    assert clean_text(text, Meta()) == f"{_LEDE}\n\n{_SECOND}"


@pytest.mark.parametrize("above,below,author,date", [
    # a lower-case byline, a date and a reading time under the headline: read, not taken for a menu
    ("", "by Amina Okafor\nJuly 7, 2024\n4 min read", "Amina Okafor", "2024-07-07"),
    # a published line with the byline glued on, above the headline
    ("Published on 10/05/2024 - 18:34 By Maria Souza - Reporter at Example Agency - Recife\n", "", "Maria Souza", "2024-05-10"),
])
def test_bylines_and_dates_around_the_headline_are_read(above, below, author, date):
    meta = Meta()
    body = clean_text(f"{above}Floods force thousands from homes in coastal province\n{below}\n\n{_LEDE}\n\n{_SECOND}", meta)
    assert meta.title == "Floods force thousands from homes in coastal province"
    assert meta.authors == [author] and meta.published == date
    assert body == f"{_LEDE}\n\n{_SECOND}"


def test_print_edition_notes_and_agency_credits_at_the_end_go():
    meta = Meta()
    body = clean_text(f"{_LEDE}\n\n{_SECOND}\n\nWith reporting by Reuters and AFP\n\n"
                      "Published in The Courier, May 10th, 2024\n\n"
                      "A version of this story appears in the print on July 3, 2024 of The Courier.", meta)
    assert body == f"{_LEDE}\n\n{_SECOND}"
    assert set(meta.wire_sources) == {"Reuters", "AFP"}


@pytest.mark.parametrize("head,author", [
    ("Jane Okoro\nPublished May 10, 2024", "Jane Okoro"),
    ("Tika M Sharma\nPublished at : May 10, 2024\nUpdated at : May 10, 2024 07:41", "Tika M Sharma"),
    ("Peter Mwangi\nParliamentary Reporter\n10 May 2024", "Peter Mwangi"),
    ("Ana Lucía Ferreira\nLima - MAY 10, 2024 - 22:14 EDT", "Ana Lucía Ferreira"),
])
def test_a_name_alone_above_the_date_line_is_the_byline(head, author):
    meta = Meta()
    body = clean_text(f"Floods force thousands from homes in coastal province\n{head}\n\n{_LEDE}\n\n{_SECOND}", meta)
    assert meta.authors == [author] and meta.published == "2024-05-10"
    assert body == f"{_LEDE}\n\n{_SECOND}"


def test_a_desk_above_the_date_line_is_no_author():
    meta = Meta()
    clean_text(f"Floods force thousands from homes in coastal province\nDiplomatic Correspondent\nMay 10, 2024\n\n{_LEDE}", meta)
    assert meta.authors == []


def test_a_section_agency_and_update_line_names_the_agency_and_goes():
    meta = Meta()
    body = clean_text("Floods force thousands from homes in coastal province\n"
                      "India News | Press Trust of India | Updated: May 10, 2024 11:47 pm IST\n\n"
                      f"{_LEDE}\n\n{_SECOND}", meta)
    assert meta.wire_sources == ["PTI"] and body == f"{_LEDE}\n\n{_SECOND}"


@pytest.mark.parametrize("caption", [
    "The finance minister at the budget briefing. (Jane Mbeki/Courier)",
    "Farmers wade through a flooded field on May 1, 2024. Ana Ruiz (Harbour Press/Universal Images Group via Getty Images)",
    "Firefighters at the site of the strike on May 25, 2024. (Regional Emergency Service / Telegram)",
    "The president addresses the nation on June 26, 2024. Photo credit: PCS",
    "The two premiers shook hands at an earlier summit by the lake. (File)",
])
def test_captions_closed_by_a_credit_above_the_lede_go(caption):
    meta = Meta()
    body = clean_text(f"Floods force thousands from homes in coastal province\n\n{caption}\n\n{_LEDE}\n\n{_SECOND}", meta)
    assert body == f"{_LEDE}\n\n{_SECOND}"


@pytest.mark.parametrize("line", ["He cited the two treaties (Geneva/Vienna).", "The bill passed 52 to 48 (Senate/House)."])
def test_a_slash_in_brackets_closing_a_sentence_is_no_credit(line):
    assert credit_of(line) is None


@pytest.mark.parametrize("footer,publisher", [
    ("Copyright © 2024, Harbour Courier", "Harbour Courier"),
    ("© 2024 harbourcourier.net | Powered by: Example Lab", "harbourcourier.net"),
    ("Copyright (c) 2024. Harbour Radio, Inc. Used with the permission of Harbour Radio, 12 Quay Street.", "Harbour Radio"),
    ("© 2024 Reuters. All rights reserved", None),
])
def test_a_copyright_line_names_the_publisher_unless_it_is_a_wires(footer, publisher):
    meta = Meta()
    body = clean_text(f"{_LEDE}\n\n{_SECOND}\n\n{footer}", meta)
    assert body == f"{_LEDE}\n\n{_SECOND}" and meta.publisher == publisher


def test_furniture_under_the_story_goes_with_what_stands_above_it():
    meta = Meta()
    body = clean_text(f"{_LEDE}\n\n{_SECOND}\n\n(AFP)\n\nThe content you requested does not exist or is not available anymore.\n\n"
                      "Note from the author:\nHi, I wrote this story for you. Please consider becoming a member.\n", meta)
    assert body == f"{_LEDE}\n\n{_SECOND}" and meta.wire_sources == ["AFP"]


def test_a_rights_notice_and_a_hidden_address_close_a_page():
    body = clean_text(f"{_LEDE}\n\n{_SECOND}\n\nCopyright COURIER.\n\nAll rights reserved. This material may not be "
                      "reproduced, published or redistributed without permission.\n\nContact: [email protected]", Meta())
    assert body == f"{_LEDE}\n\n{_SECOND}"


def test_an_agency_closing_a_byline_without_a_comma_is_a_wire_not_part_of_a_name():
    meta = Meta()
    clean_text(f"Floods force thousands from homes in coastal province\nBy JANE ROE and JOHN DOE Associated Press\n\n{_LEDE}", meta)
    assert meta.authors == ["Jane Roe", "John Doe"] and meta.wire_sources == ["AP"]


def test_a_desks_byline_and_a_place_alone_above_the_lede_go():
    meta, dateline = Meta(), Credits()
    body = clean_text(f"Floods force thousands from homes in coastal province\nBy Harbour Radio's Coastal Service\nMay 10, 2024\n"
                      f"Kathmandu\n\n{_LEDE}\n\n{_SECOND}", meta, dateline=dateline)
    assert body == f"{_LEDE}\n\n{_SECOND}" and dateline.place == "Kathmandu"


def test_a_linked_headline_ending_in_a_quote_goes_with_its_label():
    body = clean_text(f"{_LEDE}\n\nRead more:\nGovernor tells farmers on flooded land: 'Here is your compensation'\n\n{_SECOND}", Meta())
    assert body == f"{_LEDE}\n\n{_SECOND}"


def test_a_call_to_track_the_news_on_a_site_goes():
    body = clean_text(f"{_LEDE}\n\n{_SECOND}\n\nTrack Latest News Live on Courier.com and get news updates from the region", Meta())
    assert body == f"{_LEDE}\n\n{_SECOND}"


def test_a_page_box_label_whose_links_were_left_out_does_not_end_the_story():
    page = ("<html><head><title>Floods force thousands from homes</title></head><body><article>"
            "<h1>Floods force thousands from homes</h1>"
            f"<p>{_LEDE}</p><p>{_SECOND}</p>"
            "<div data-component='links-block'><p>Related topics</p><ul><li><a href='/a'>Floods</a></li></ul></div>"
            "<p>The army sent helicopters to reach villages cut off by the water, a spokesman for the ministry said.</p>"
            "<p>Forecasters expect more heavy rain across the province until the end of the week, officials said.</p>"
            "</article></body></html>")
    from communique.ingest import RawArticle
    body = clean_article(RawArticle(input_id="x", html=page)).body
    assert body.endswith("until the end of the week, officials said.") and "Related topics" not in body


def test_a_copyright_credit_of_a_picture_atop_the_page_names_no_publisher():
    meta = Meta()
    clean_text(f"© Jane Doe/Harbour Agency\nFloods force thousands from homes in coastal province\n\n{_LEDE}\n\n{_SECOND}\n\n"
               "The governor will visit the worst-hit districts on Friday, her office said in a statement.", meta)
    assert meta.publisher is None


@pytest.mark.parametrize("lede, rest, place", [
    ("NAIROBI (Coastline Weekly) - Kenya said on Monday it would reopen the border.",
     "Kenya said on Monday it would reopen the border.", "NAIROBI"),
    ("LIMA, Peru (Andes Post) - Congress voted to remove the minister.",
     "Congress voted to remove the minister.", "LIMA"),
])
def test_a_known_town_in_capitals_then_a_sites_own_name_is_a_dateline(lede, rest, place):
    credits = Credits()
    assert strip_dateline(lede, credits)[0] == rest
    assert credits.place == place


def test_a_name_in_brackets_after_a_word_in_capitals_that_is_no_town_is_kept():
    lede = "BREAKING (Update) - The minister resigned on Monday after a long row over spending."
    assert strip_dateline(lede, Credits())[0] == lede
