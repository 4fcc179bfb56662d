"""The OpenAPI description against the real server: schemathesis (its CLI, run on the server's
/openapi.json) generates requests for every operation — from the examples, covering boundary
values, fuzzing, and stateful sequences (post an article, read it, delete it), valid and invalid —
and runs all its checks on each response: no 5xx, status codes, content types, headers and bodies
as documented, invalid input refused, valid input accepted.

Two runs: every operation against the shared seed server without the write token (writes answer
401, so the seed graph is never changed), then the article operations with the token against a
server of their own (real ingestion through spaCy, real removals).

"Valid input accepted" is switched off where a JSON schema cannot say what is valid: a SPARQL query
(`/sparql` must answer a malformed one 400, SPARQL 1.1 Protocol) and an article's text (it must be
English or French prose; other text is refused 422 with the reason).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import LIVE_WRITE_TOKEN, KgServer, copy_data_dir

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SCHEMATHESIS = ROOT / ".venv" / "bin" / "schemathesis"
SEED = 20240611

#: teaches schemathesis to send an `application/sparql-query` body (a SPARQL string as is)
HOOKS = '''
import schemathesis

@schemathesis.serializer("application/sparql-query")
def sparql_query(ctx, value):
    return value.encode("utf-8") if isinstance(value, str) else str(value).encode("utf-8")
'''

CONFIG = '''
[[operations]]
include-path = "/sparql"
checks.positive_data_acceptance.enabled = false

[[operations]]
include-path = "/articles"
include-method = "POST"
checks.positive_data_acceptance.enabled = false
'''


def run_schemathesis(base_url: str, workdir: Path, *args: str) -> str:
    """Run the schemathesis CLI on ``base_url``'s schema; fails the test with its report unless clean."""
    (workdir / "kg_schemathesis_hooks.py").write_text(HOOKS)
    config = workdir / "schemathesis.toml"
    config.write_text(CONFIG)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "kg_schemathesis_hooks",
           "PYTHONPATH": os.pathsep.join([str(workdir), os.environ.get("PYTHONPATH", "")])}
    # one worker: Python 3.11's ast module is not thread-safe when hypothesis describes strategies
    cmd = [str(SCHEMATHESIS), "--config-file", str(config), "--no-color", "run", f"{base_url}/openapi.json",
           "--seed", str(SEED), "--generation-database", "none", "--workers", "1", "--request-timeout", "120",
           "--phases", "examples,coverage,fuzzing,stateful", "--warnings", "off", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=workdir, env=env, timeout=1800)
    report = done.stdout + done.stderr
    sys.stdout.write(report)  # shown with -rA, and on failure
    assert "API Operations:" in report, report  # it really ran
    assert done.returncode == 0, report
    return report


def test_every_operation_conforms_to_the_schema(live_server, tmp_path):
    import httpx

    spec = httpx.get(f"{live_server}/openapi.json").json()
    operations = sum(len(methods) for methods in spec["paths"].values())
    report = run_schemathesis(live_server, tmp_path, "--max-examples", "40")
    assert f"Tested: {operations}" in report, f"not all {operations} operations were tested"


def test_article_writes_with_the_token_conform_to_the_schema(seed_data_dir, tmp_path_factory, tmp_path):
    with KgServer(copy_data_dir(seed_data_dir, tmp_path_factory, "fuzz-writes")) as server:
        run_schemathesis(server.url, tmp_path, "--max-examples", "15", "--include-path-regex", "^/articles",
                         "--header", f"Authorization: Bearer {LIVE_WRITE_TOKEN}")
        assert "Traceback" not in server.log(), server.log()
