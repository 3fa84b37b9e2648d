"""Shared fixtures: the loaded pipeline (once per test session) and the ../shared data.

Tests that need ../shared skip when it is absent, except in CI (CI=true), where a missing
../shared is a failure: the acceptance and evaluation tests must run there.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _need_shared(sub: str = "") -> Path:
    path = SHARED / sub
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing: CI must run the tests that read ../shared")
        pytest.skip(f"{path} is not here (tests that read ../shared skip outside CI)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _need_shared()


@pytest.fixture(scope="session")
def schema(shared_dir):
    import json
    return json.loads((shared_dir / "schema/document.schema.json").read_text())


@pytest.fixture(scope="session")
def validate(schema):
    """validate(doc_dict): raises with every schema violation listed."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)

    def check(d: dict) -> None:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(d)]
        assert not errors, "\n".join(errors)

    return check


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from communique import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published=...) → Document, with the session's loaded pipeline."""
    def run(text: str | None = None, **kw):
        return pipeline.extract(text=text, **kw)
    return run


@pytest.fixture(scope="session")
def event_of(nlp):
    """event_of(text, trigger) → the one event the coder finds on that trigger word, with no
    actors known and the text published on Wednesday 2019-03-06."""
    from communique.actors import ActorIndex
    from communique.document import Meta
    from communique.events import EventCoder
    coder = EventCoder()

    def run(text: str, trigger: str):
        events = coder.find(nlp(text), ActorIndex(), Meta(published="2019-03-06"), [])
        [ev] = [e for e in events if e.trigger.text == trigger]
        return ev
    return run
