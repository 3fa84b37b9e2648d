"""The acceptance cases in ../shared/acceptance, scored by their own check.py.

Each case is run through `communique extract` (this interpreter's installation) and every
non-stretch check whose id starts with a held prefix must pass, for every input of the case.
Prefixes are held as the stages that satisfy them land.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import SHARED

HELD_PREFIXES = ["schema", "meta.", "body.", "actor.", "event.", "quote.", "stance.", "relation.", "date."]

CASES = sorted(p.name for p in (SHARED / "acceptance").glob("*/") if (p / "expected.json").exists()) \
    if (SHARED / "acceptance").exists() else ["(no ../shared)"]


@pytest.mark.parametrize("case", CASES)
def test_acceptance_case(case, shared_dir):
    case_dir = shared_dir / "acceptance" / case
    cmd = f"{sys.executable} -m communique extract {{path}} --format json"
    proc = subprocess.run(
        [sys.executable, str(shared_dir / "acceptance/check.py"), str(case_dir), "--cmd", cmd,
         "--only", *HELD_PREFIXES],
        capture_output=True, text=True, timeout=900)
    failures = [line for line in proc.stdout.splitlines()
                if line.startswith("FAIL") and "(stretch)" not in line]
    assert proc.returncode == 0 and not failures, proc.stdout[-4000:] + proc.stderr[-2000:]
