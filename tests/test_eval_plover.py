"""`communique eval plover`: gold records → scores; folding; category names of older drafts."""
import json

import pytest

from communique.document import Actor, Document, Event, Meta, Span
from communique.evaluate.plover import load_gold, score
from communique.events.plover import cameo_code, canonical_category, fold, intensity


@pytest.mark.parametrize("category, modality, folded", [
    ("CONSULT", "expected", "AGREE"), ("AID", "intended", "AGREE"), ("RETREAT", "future", "AGREE"),
    ("ASSAULT", "hypothetical", "THREATEN"), ("SANCTION", "intended", "THREATEN"),
    ("CONSULT", "asserted", "CONSULT"), ("ACCUSE", "future", "ACCUSE"), ("ASSAULT", "expected", "ASSAULT"),
])
def test_fold(category, modality, folded):
    assert fold(category, modality) == folded


def test_old_names_and_tables():
    assert [canonical_category(x) for x in ("DEMAND", "disapprove", "FIGHT", "INVESTIGATE", "AGREE")] == \
        ["REQUEST", "ACCUSE", "ASSAULT", "ACCUSE", "AGREE"]
    assert cameo_code("CONSULT", "visit") == "042" and intensity("COOPERATE") == 9.5
    assert intensity("ASSAULT", "no-such-mode") == -9.0


def _gold(tmp_path, records):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records))
    return load_gold(path)


def _doc(text, events, actors):
    return Document(id="d", meta=Meta(), text=text, actors=actors, events=events)


def _event(cat, actor, recipient=(), conf=0.5, modality="asserted"):
    s = Span(0, 1, "x")
    return Event(id="e", event=cat, sentence=s, trigger=s, actor=list(actor), recipient=list(recipient),
                 confidence=conf, modality=modality)


def test_scores(tmp_path):
    records = _gold(tmp_path, [
        {"id": "doc", "event": "DOCUMENT"},   # no text: skipped
        {"id": "1", "event": "DEMAND", "text": "A asks B.", "source": [{"code": "AAA"}], "target": [{"code": "BBB"}]},
        {"id": "2", "event": "AGREE", "text": "A will meet B.", "source": [{"code": "AAA"}], "target": []},
        {"id": "3", "event": "ASSAULT", "text": "A hits B.", "source": [{"code": "AAA"}], "target": [{"code": "BBB"}]},
    ])
    assert [r.event for r in records] == ["REQUEST", "AGREE", "ASSAULT"]
    actors = [Actor(id="a", name="A", kind="country", country="AAA"), Actor(id="b", name="B", kind="country", country="BBB")]
    docs = [
        _doc("A asks B.", [_event("REQUEST", ["a"], ["b"], 0.9), _event("ACCUSE", ["a"], [], 0.3)], actors),
        _doc("A will meet B.", [_event("CONSULT", ["b"], ["a"], modality="future")], actors),   # folds to AGREE; wrong actor
        _doc("A hits B.", [_event("ACCUSE", ["a"], ["b"])], actors),
    ]
    s = score(records, docs).as_dict()
    assert s["records"] == 3
    assert s["type_recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["top1_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["dyad_accuracy"] == pytest.approx(1 / 2, abs=1e-3)
    assert s["per_category"]["ASSAULT"]["recall"] == 0


def test_dyads_of_non_state_parties_match_by_sector(tmp_path):
    records = _gold(tmp_path, [
        {"id": "1", "event": "REQUEST", "text": "The UN asks A.", "source": [{"code": "IGO"}], "target": [{"code": "AAA"}]},
        {"id": "2", "event": "REQUEST", "text": "The UN asks A again.", "source": [{"code": "IGO"}],
         "target": [{"code": "AAA"}]},
    ])
    un = Actor(id="u", name="United Nations", kind="organization", country=None, sector="IGO")
    a = Actor(id="a", name="A", kind="country", country="AAA", sector="GOV")
    docs = [_doc("The UN asks A.", [_event("REQUEST", ["u"], ["a"])], [un, a]),
            _doc("The UN asks A again.", [_event("REQUEST", ["a"], ["u"])], [un, a])]   # sides swapped
    assert score(records, docs).as_dict()["dyad_accuracy"] == pytest.approx(1 / 2, abs=1e-3)


def test_cli_on_small_file(tmp_path, capsys):
    from communique.cli import main
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([
        {"id": "1", "event": "ASSAULT", "text": "Gunmen killed four villagers in an ambush.", "source": [], "target": []},
    ]))
    assert main(["eval", "plover", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["records"] == 1 and out["type_recall"] == 1.0


def test_unreadable_gold_is_a_user_error(tmp_path):
    from communique.errors import CommuniqueError
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CommuniqueError):
        load_gold(bad)


def test_gdyad_cameo_era_country_codes_read_as_iso3(tmp_path):
    records = _gold(tmp_path, [
        {"id": "1", "event": "CONSULT", "text": "A hosts B.", "source": [{"code": "VTN"}], "target": [{"code": "jap"}]},
    ])
    assert (records[0].source, records[0].target) == (["VNM"], ["JPN"])
    actors = [Actor(id="v", name="Vietnam", kind="country", country="VNM"),
              Actor(id="j", name="Japan", kind="country", country="JPN")]
    docs = [_doc("A hosts B.", [_event("CONSULT", ["v"], ["j"])], actors)]
    assert score(records, docs).as_dict()["dyad_accuracy"] == 1.0


def test_robust11_unscorable_gold_records_are_reported_and_skipped(tmp_path):
    problems = []
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([
        {"id": "doc", "event": "DOCUMENT"},
        {"id": "ok", "event": "CONSULT", "text": "The two envoys met in the capital."},
        {"id": "notext", "event": "ASSAULT"},
        {"id": "numtext", "event": "ASSAULT", "text": 17},
        {"id": "noevent", "text": "The envoys met."},
        {"id": "oddcat", "event": "GREET", "text": "The envoys met."},
        "loose string",
    ]))
    records = load_gold(path, problems)
    assert [r.id for r in records] == ["ok"]
    assert [p.record_id for p in problems] == ["notext", "numtext", "noevent", "oddcat", "#7"]


def test_robust11_eval_plover_on_bad_records_exits_3_without_traceback(tmp_path, capsys):
    from communique.cli import main
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"id": "ok", "event": "CONSULT", "text": "The two envoys met in the capital."},
                                {"id": "bad", "event": "CONSULT", "text": ["not", "a", "string"]}]))
    assert main(["eval", "plover", str(path), "--json"]) == 3
    out = capsys.readouterr()
    assert json.loads(out.out)["records"] == 1 and "(record bad)" in out.err


def test_robust11_gold_file_that_is_not_utf8_is_a_user_error(tmp_path):
    from communique.errors import CommuniqueError
    bad = tmp_path / "gold.json"
    bad.write_bytes(b"\xff\xfe\x00garbage\xe9")
    with pytest.raises(CommuniqueError, match="not UTF-8"):
        load_gold(bad)
