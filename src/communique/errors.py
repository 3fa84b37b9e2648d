"""Errors a user can cause, and how they are reported: one line naming the input and the problem."""
from __future__ import annotations

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
