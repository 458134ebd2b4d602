"""Where the tests find Twilio's OpenAPI documents: the real ones, or the committed facts.

The real documents are read from ``TWILIO_OAI_DIR`` (default ``../shared/twilio-oai``
beside the repository). Without them, the test session writes the committed facts
(``tests/data/twilio_oai_facts.json.gz``, made by ``tools/extract_oai_facts.py``) out as
documents of the same names and shape into a temporary folder and points
``TWILIO_OAI_DIR`` there (``tests/conftest.py``), so every test reads one folder either way.
A folder written from the facts carries :data:`FACTS_MARKER`, naming their source.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FACTS = REPO / "tests" / "data" / "twilio_oai_facts.json.gz"
FACTS_FORMAT = 1
FACTS_MARKER = "FACTS_SOURCE"  # no .json: it is no document
API_2010 = "twilio_api_v2010.json"
DOCUMENTS_VARIABLE = "TWILIO_OAI_DIR"


def configured_folder() -> Path:
    """``TWILIO_OAI_DIR`` if set, else ``../shared/twilio-oai`` beside the repository."""
    configured = os.environ.get(DOCUMENTS_VARIABLE)
    return Path(configured) if configured else REPO.parent / "shared" / "twilio-oai"


def holds_documents(folder: Path) -> bool:
    """Whether ``folder`` holds the documents (real or written from the facts)."""
    return (folder / API_2010).is_file()


def is_written_from_facts(folder: Path) -> bool:
    """Whether ``folder`` was written from the committed facts, not copied from Twilio."""
    return (folder / FACTS_MARKER).is_file()


def real_documents_folder() -> Path | None:
    """The folder of Twilio's own documents, or None when only the facts are at hand."""
    folder = configured_folder()
    if holds_documents(folder) and not is_written_from_facts(folder):
        return folder
    return None


@functools.cache
def committed_facts() -> dict[str, Any]:
    """The committed facts: ``{"format", "source", "documents": {file name: document}}``."""
    facts: dict[str, Any] = json.loads(gzip.decompress(FACTS.read_bytes()))
    if facts.get("format") != FACTS_FORMAT:
        raise ValueError(f"{FACTS} has format {facts.get('format')!r}, not {FACTS_FORMAT}")
    return facts


def write_documents_from_facts(folder: Path) -> None:
    """Write each document of the facts into ``folder``, and the marker naming the source."""
    facts = committed_facts()
    for name, document in facts["documents"].items():
        (folder / name).write_text(json.dumps(document), encoding="utf-8")
    (folder / FACTS_MARKER).write_text(json.dumps(facts["source"], indent=2), encoding="utf-8")
