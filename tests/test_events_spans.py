"""Every event points at its characters: sentence and trigger spans are exact and trimmed."""
from __future__ import annotations

TEXT = ("Kenyan President William Ruto met German Chancellor Olaf Scholz in Nairobi on Tuesday.\n\n"
        "Police fired tear gas at protesters in Mombasa.\n\n"
        "The two leaders signed an agreement on skilled workers.\n")


def test_event_spans_point_into_the_text_without_surrounding_white_space(extract):
    doc = extract(TEXT, published="2024-05-14")
    assert doc.events
    for e in doc.events:
        for span in (e.sentence, e.trigger):
            assert doc.text[span.start:span.end] == span.text
            assert span.text == span.text.strip()
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
