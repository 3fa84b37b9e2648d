"""`communique eval attribution`: brat reading, the matching rule, and a run on a tiny fixture."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from communique.errors import CommuniqueError
from communique.evaluate.attribution import (GoldAttribution, Predicted, content_score, evaluate, match,
                                             read_brat, read_split, speaker_agrees)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "attribution"


def test_read_brat_joins_spans_into_attributions():
    golds = read_brat(FIXTURE / "attributions" / "x_ann1.ann")
    assert len(golds) == 3  # the Discard span is in no attribution
    text = (FIXTURE / "text" / "x.txt").read_text()
    first = golds[0]
    assert len(first.content) == 2  # discontinuous "start end;start end"
    assert text[first.content[1][0]:first.content[1][1]] == '"We need two more weeks."'
    assert first.source_text == "Mayor Ines Duarte" and first.cue_text == "said"


def test_read_split_finds_the_annotator_file_and_complains_about_a_bad_folder(tmp_path):
    (name, text, golds), = read_split(FIXTURE)
    assert name == "x" and text.startswith("Harbour") and len(golds) == 3
    with pytest.raises(CommuniqueError):
        read_split(tmp_path)


def test_content_matches_on_half_of_the_longer_span():
    gold = GoldAttribution(content=[(0, 100)])
    assert content_score(Predicted(0, 60), gold) == pytest.approx(0.6)
    assert content_score(Predicted(0, 40), gold) < 0.5
    assert content_score(Predicted(0, 200), gold) == pytest.approx(0.5)


def test_one_fragment_of_an_interrupted_quote_matches():
    gold = GoldAttribution(content=[(0, 40), (60, 100)])
    assert content_score(Predicted(60, 100), gold) == pytest.approx(1.0)
    assert content_score(Predicted(0, 100), gold) == pytest.approx(0.8)


def test_matching_is_one_to_one_except_for_fragments_of_one_gold():
    interrupted = GoldAttribution(content=[(0, 40), (60, 100)], source=[(41, 50)], source_text="Duarte")
    plain = GoldAttribution(content=[(200, 300)], source=[(190, 199)], source_text="officials")
    halves = [Predicted(0, 40, "Duarte"), Predicted(60, 100, "Duarte")]
    assert match(halves, [interrupted], with_speaker=True) == (2, 1)
    twice = [Predicted(200, 300, "x"), Predicted(200, 300, "x")]
    assert match(twice, [plain], with_speaker=False) == (1, 1)


def test_speaker_agrees_by_overlap_or_shared_word_and_sourceless_gold_needs_no_speaker():
    gold = GoldAttribution(content=[(0, 10)], source=[(20, 37)], source_text="Mayor Ines Duarte")
    assert speaker_agrees(Predicted(0, 10, "Duarte"), gold)
    assert speaker_agrees(Predicted(0, 10, "she", speaker_spans=[(20, 37)]), gold)
    assert not speaker_agrees(Predicted(0, 10, "the council"), gold)
    sourceless = GoldAttribution(content=[(0, 10)])
    assert speaker_agrees(Predicted(0, 10, None), sourceless)
    assert not speaker_agrees(Predicted(0, 10, "Duarte"), sourceless)


def test_evaluate_on_the_fixture_finds_the_mayor_s_quote(pipeline):
    result = evaluate(FIXTURE, baseline=False, pipeline=pipeline)
    tally = result["systems"]["communique"]
    assert result["articles"] == 1 and tally.gold == 3
    assert tally.content_speaker[1] >= 1  # the interrupted quote, with its speaker
    for figure in tally.prf(tally.content_speaker):
        assert 0.0 <= figure <= 1.0


def test_missing_textacy_is_a_note_not_a_crash(pipeline, monkeypatch):
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)
    result = evaluate(FIXTURE, baseline=True, pipeline=pipeline)
    assert list(result["systems"]) == ["communique"]
    assert any("textacy" in n for n in result["notes"])


def test_command_prints_json(capsys):
    from communique.cli import main

    assert main(["eval", "attribution", str(FIXTURE), "--no-baseline", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["gold"] == 3
    assert set(out["systems"]["communique"]["content+speaker"]) == {"precision", "recall", "f1"}


def test_read_split_draws_the_same_sample_for_the_same_seed(tmp_path):
    for name in "abcdef":
        (tmp_path / "text").mkdir(exist_ok=True)
        (tmp_path / "attributions").mkdir(exist_ok=True)
        (tmp_path / "text" / f"{name}.txt").write_text("Some text.")
        (tmp_path / "attributions" / f"{name}_ann1.ann").write_text("")
    first = [n for n, _, _ in read_split(tmp_path, sample=3, seed=7)]
    assert len(first) == 3 and first == sorted(first)
    assert first == [n for n, _, _ in read_split(tmp_path, sample=3, seed=7)]
    others = {tuple(n for n, _, _ in read_split(tmp_path, sample=3, seed=s)) for s in range(8)}
    assert len(others) > 1
