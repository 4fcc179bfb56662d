"""The `kg` command. Thin: each sub-command lives in its own module here and calls the library.

Sub-command modules define ``register(subparsers)``; the parser gives each a ``func(args) -> int``.
"""
from __future__ import annotations

import argparse
import importlib
import sys

#: sub-command modules, in the order `kg --help` lists them
COMMAND_MODULES = ("extract", "build", "store", "query", "contested", "export", "serve", "settings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="kg: a claim-and-counterclaim knowledge graph for news.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"kg.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"kg.cli.{name}":
                continue  # not written yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `kg extract ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
