"""Session set-up: Hypothesis profiles, and Twilio's OpenAPI documents or the facts of them.

Hypothesis: "ci" (bounded, no deadline) when CI is set, else "dev".

Documents: when ``TWILIO_OAI_DIR`` is unset and ``../shared/twilio-oai`` is not beside the
repository, the committed facts are written out as documents for this session and
``TWILIO_OAI_DIR`` points at them (see ``tests/_openapi.py``). A ``TWILIO_OAI_DIR`` that
names a folder without the documents is a mistake and stops the run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from tests import _openapi

settings.register_profile("ci", deadline=None, max_examples=200)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_configure(config: pytest.Config) -> None:
    """Point ``TWILIO_OAI_DIR`` at the documents, written from the facts if need be."""
    if _openapi.holds_documents(_openapi.configured_folder()):
        return
    variable = _openapi.DOCUMENTS_VARIABLE
    if os.environ.get(variable):
        raise pytest.UsageError(
            f"{variable}={os.environ[variable]} holds no {_openapi.API_2010}: point it at "
            "Twilio's OpenAPI documents, or unset it to use the committed facts"
        )
    folder = Path(tempfile.mkdtemp(prefix="twilio-oai-facts-"))
    _openapi.write_documents_from_facts(folder)
    os.environ[variable] = str(folder)

    def forget() -> None:
        os.environ.pop(variable, None)
        shutil.rmtree(folder, ignore_errors=True)

    config.add_cleanup(forget)
