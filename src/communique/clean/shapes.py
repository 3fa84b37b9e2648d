"""Shapes of lines that every cleaner asks about: how many words, the same line or not, a person's name."""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
PERSON_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]+){1,3}$")


@lru_cache(maxsize=4096)
def comparable(text: str | None) -> str:
    """A key for 'is this the same line': casefolded words only (cached: a doubled-paragraph check
    compares each line with every paragraph kept before it)."""
    return " ".join(WORD.findall((text or "").casefold()))


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def add_unique(items: list, value) -> None:
    """Appends ``value`` unless it is empty or already there."""
    if value and value not in items:
        items.append(value)
