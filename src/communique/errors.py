"""Errors a user can cause, and how they are reported: one line naming the input and the problem."""
from __future__ import annotations

import os
import traceback
from dataclasses import dataclass


class CommuniqueError(Exception):
    """A problem with the user's input or options; the CLI prints it without a traceback."""


@dataclass
class InputProblem:
    """One input (file, line, record) that could not become a Document, and why.

    Readers yield these in place of records so that a batch goes on past a bad record.
    """

    source: str
    reason: str
    line: int | None = None
    record_id: str | None = None

    def where(self) -> str:
        out = self.source
        if self.line is not None:
            out += f":{self.line}"
        if self.record_id:
            out += f" (record {self.record_id})"
        return out

    def __str__(self) -> str:
        return f"{self.where()}: {self.reason}"


def internal_problem(source: str, ex: Exception, line: int | None = None, record_id: str | None = None) -> InputProblem:
    """A failure of communique's own code on one record, reported like a bad input so that a batch
    goes on: the record, the error and where in the code it arose (to report as a bug). Set
    COMMUNIQUE_DEBUG=1 to have the exception raised instead."""
    if os.environ.get("COMMUNIQUE_DEBUG"):
        raise ex
    frames = traceback.extract_tb(ex.__traceback__)
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    return InputProblem(source, f"internal error, please report it: {type(ex).__name__}: {ex}{where} "
                                "(COMMUNIQUE_DEBUG=1 shows the traceback)", line, record_id)

