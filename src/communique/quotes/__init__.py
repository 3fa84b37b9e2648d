"""quotes: who said what — direct, mixed and indirect quotations with speaker, cue and content."""
from __future__ import annotations

from .finder import QuoteFinder

__all__ = ["QuoteFinder"]
