"""Where kg's data files live: the ``ontology/`` folder at the repository root (vocabulary, lexicons,
gazetteer). ``KG_ONTOLOGY_DIR`` points elsewhere, e.g. for an installed copy."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = Path(os.environ.get("KG_ONTOLOGY_DIR", ROOT / "ontology"))


def ontology_file(*parts: str) -> Path:
    return ONTOLOGY_DIR.joinpath(*parts)
