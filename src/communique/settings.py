"""Settings: every option of a run, in one object that travels through the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Settings:
    published: str | None = None          # publication date to assume when the article gives none (YYYY-MM-DD)
    actor_files: list[Path] = field(default_factory=list)    # user knowledge-base additions (YAML)
    trigger_files: list[Path] = field(default_factory=list)  # user event-trigger additions (YAML)
    model: str | None = None              # spaCy pipeline package; default en_core_web_sm
    batch_size: int = 16                  # texts per nlp.pipe batch
    workers: int = 1                      # processes
