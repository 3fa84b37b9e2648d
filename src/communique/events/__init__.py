"""events: PLOVER event coding — type, mode, context, CAMEO, actor and recipient, negation, modality, date, place."""
from __future__ import annotations

from .coder import EventCoder

__all__ = ["EventCoder"]
