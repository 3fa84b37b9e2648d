"""The `communique` command: a thin layer that parses arguments, calls the library and prints.

Each subcommand lives in ``communique/commands/<name>.py`` with ``add_parser(subparsers)``
and ``run(args) -> int``. Exit status: 0 all good, 2 usage error, 3 some inputs failed,
1 an error that stopped the run.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import CommuniqueError

COMMANDS = ("extract", "ingest", "query", "stances", "quotes", "stats", "export", "eval")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="News articles in; actors, PLOVER events, quotes, stances and relations out.")
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f".commands.{name}", __package__)
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except CommuniqueError as ex:
        print(f"communique {args.command}: {ex}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"communique {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as ex:   # the system refused a file (full disk, permissions): one line, no traceback
        where = f"{ex.filename}: " if ex.filename else ""
        print(f"communique {args.command}: {where}{ex.strerror or ex}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
