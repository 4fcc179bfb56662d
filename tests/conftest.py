"""Shared fixtures. Slow tests (real spaCy models, real server, real browser) are marked ``slow``."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def nlp_en():
    from kg import nlp
    return nlp.load("en")


@pytest.fixture(scope="session")
def nlp_fr():
    from kg import nlp
    return nlp.load("fr")
