"""The committed facts of Twilio's OpenAPI documents: their source, their content, their use.

``tools/extract_oai_facts.py`` cuts each document down to what the tests read; the session
reads the facts when Twilio's documents are absent (``tests/conftest.py``).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests import _openapi

REPO = Path(__file__).resolve().parents[2]


def _extractor() -> ModuleType:
    path = REPO / "tools" / "extract_oai_facts.py"
    spec = importlib.util.spec_from_file_location("extract_oai_facts", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_facts_name_the_commit_and_digest_of_their_source() -> None:
    source = _openapi.committed_facts()["source"]
    assert source["repository"] == "twilio/twilio-oai"
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"])
    assert re.fullmatch(r"[0-9a-f]{64}", source["documents_sha256"])


def test_the_committed_facts_hold_every_document_with_its_host() -> None:
    documents: dict[str, Any] = _openapi.committed_facts()["documents"]
    assert len(documents) == 55
    for name, document in documents.items():
        hosts = [server["url"] for server in document["servers"]]
        assert hosts, name
        assert all(re.fullmatch(r"https://[a-z0-9.-]+\.twilio\.com", host) for host in hosts)
        assert document["paths"], name


def test_the_committed_facts_keep_nothing_the_extractor_leaves_out() -> None:
    # Extraction keeps only the keywords it knows (no description, summary, title, tags,
    # x- extensions): facts that are their own extraction hold nothing else.
    extractor = _extractor()
    for name, document in _openapi.committed_facts()["documents"].items():
        assert extractor.document_facts(document) == document, name


def test_the_committed_facts_are_a_fresh_extraction_of_the_documents() -> None:
    folder = _openapi.real_documents_folder()
    if folder is None:
        pytest.skip("needs Twilio's documents: set TWILIO_OAI_DIR (nox -s conformance does)")
    assert _extractor().extract(folder) == _openapi.committed_facts(), (
        "tests/data/twilio_oai_facts.json.gz is stale: run python tools/extract_oai_facts.py"
    )


def test_the_session_reads_the_documents_or_the_facts_written_out_in_their_place() -> None:
    folder = _openapi.configured_folder()
    assert _openapi.holds_documents(folder)
    if _openapi.is_written_from_facts(folder):
        documents = _openapi.committed_facts()["documents"]
        assert sorted(path.name for path in folder.glob("*.json")) == sorted(documents)


def test_a_documents_variable_naming_an_empty_folder_stops_the_run(tmp_path: Path) -> None:
    env = {**os.environ, _openapi.DOCUMENTS_VARIABLE: str(tmp_path)}
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         str(Path(__file__))],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == pytest.ExitCode.USAGE_ERROR, ran.stdout + ran.stderr
    assert f"{tmp_path} holds no twilio_api_v2010.json" in ran.stderr
