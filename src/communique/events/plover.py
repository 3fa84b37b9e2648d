"""PLOVER tables and PLOVER-strict folding, as data-driven functions.

- :func:`fold` turns communique's richer form (category + modality) into the single category
  PLOVER asks a coder to return (design.md): a future meeting is AGREE, threatened force THREATEN.
- :func:`cameo_code` and :func:`intensity` look a category and mode up in ``data/events/plover.yaml``
  (the manual's conflict--cooperation scores; CAMEO codes read back from CAMEO2PLOVER).
- :func:`canonical_category` maps the names older PLOVER drafts used (DEMAND, FIGHT, ...).

The store's PLOVER export and ``communique eval plover`` both use :func:`fold`.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def tables() -> dict:
    """The parsed ``data/events/plover.yaml``."""
    text = resources.files("communique").joinpath("data/events/plover.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def fold(category: str, modality: str | None = "asserted", negated: bool = False) -> str:
    """The PLOVER-strict category of an event with this category and modality (a rule marked
    ``negated: false`` leaves negated events alone: "should not hold rallies" is no threat).

    >>> fold("CONSULT", "expected"), fold("ASSAULT", "hypothetical"), fold("ACCUSE", "future")
    ('AGREE', 'THREATEN', 'ACCUSE')
    """
    for rule in tables()["fold"]:
        if category in rule["from"] and modality in rule["modality"] and \
                not (negated and rule.get("negated") is False):
            return rule["to"]
    return category


def fold_event(event) -> str:
    """:func:`fold` for an Event (or its dict form)."""
    if isinstance(event, dict):
        return fold(event["event"], event.get("modality"), bool(event.get("negated")))
    return fold(event.event, event.modality, bool(event.negated))


def canonical_category(name: str) -> str:
    """Today's PLOVER name for a category name from an older draft (DEMAND → REQUEST)."""
    name = name.strip().upper()
    return tables()["renamed"].get(name, name)


def _lookup(category: str, mode: str | None, field: str):
    entry = tables()["categories"].get(category)
    if entry is None:
        return None
    values = entry[field]
    return values.get(mode, values["_"]) if mode else values["_"]


def cameo_code(category: str, mode: str | None = None) -> str | None:
    """The closest CAMEO code for a PLOVER category and mode ('042' for CONSULT visit)."""
    return _lookup(category, mode, "cameo")


def intensity(category: str, mode: str | None = None) -> float | None:
    """The manual's conflict--cooperation score (−10…+10) for a category and mode."""
    value = _lookup(category, mode, "intensity")
    return None if value is None else float(value)
