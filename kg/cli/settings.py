"""`kg settings`: every setting in force, where it comes from, and what it does."""
from __future__ import annotations

import ast
import inspect
import json
import os
import sys
from dataclasses import fields

from kg.cli.common import add_settings_flags, settings_from


def register(sub) -> None:
    p = sub.add_parser("settings", help="list the settings in force (limits, locations) and their variables",
                       description="Print every setting kg uses, its value in force, the environment variable "
                                   "that sets it (KG_<NAME>) and what it does.")
    p.add_argument("--format", choices=("table", "json"), default="table")
    add_settings_flags(p, data=True, store=True)
    p.set_defaults(func=run)


def setting_docs() -> dict[str, str]:
    """The ``#:`` comment above each field of kg.settings.Settings (a comment above several fields
    in a row documents them all)."""
    from kg import settings as module

    source = inspect.getsource(module.Settings)
    lines = source.splitlines()
    docs: dict[str, str] = {}
    previous = ""
    for node in ast.parse(source).body[0].body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        comment, i = [], node.lineno - 2
        while i >= 0 and lines[i].strip().startswith("#:"):
            comment.insert(0, lines[i].strip()[2:].strip())
            i -= 1
        doc = " ".join(comment) or previous
        docs[node.target.id] = doc
        previous = doc
    return docs


def run(args) -> int:
    settings = settings_from(args)
    docs = setting_docs()
    rows = []
    for f in fields(settings):
        env = f"KG_{f.name.upper()}"
        value = getattr(settings, f.name)
        if f.name == "write_token" and value:
            value = "(set)"  # never print the secret
        rows.append({"name": f.name, "value": None if value is None else str(value), "env": env,
                     "from_env": env in os.environ and os.environ[env] != "", "doc": docs.get(f.name, "")})
    rows.append({"name": "store_path", "value": str(settings.store_path), "env": "(derived)",
                 "from_env": False, "doc": "Where the store is: store_dir, or <data_dir>/store."})
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        mark = " (from env)" if r["from_env"] else ""
        print(f"{r['name']:<{width}}  = {r['value']}{mark}")
        print(f"{'':<{width}}    {r['env']}: {r['doc']}")
    return 0
