"""Fixtures of the conformance tests: the Prism mock servers, when the nox session runs them.

``nox -s conformance`` starts one Prism per document and passes their base URLs in
``TWILIO_PRISM_<PRODUCT>_URL`` (``TWILIO_PRISM_API_URL``, ``..._MONITOR_URL``, ...);
without them the tests that need Prism skip with a reason, so the plain test suite passes
on a fresh clone.
"""

from __future__ import annotations

import os

import pytest

API_URL = "TWILIO_PRISM_API_URL"
MONITOR_URL = "TWILIO_PRISM_MONITOR_URL"


@pytest.fixture(scope="session")
def prism_urls() -> dict[str, str]:
    """The base URL of each product's Prism mock (``{"api": ..., "monitor": ..., ...}``).

    Every ``TWILIO_PRISM_<PRODUCT>_URL`` the session set (``FLEX_API`` for ``flex-api``).
    """
    api, monitor = os.environ.get(API_URL), os.environ.get(MONITOR_URL)
    if not api or not monitor:
        pytest.skip(f"no Prism mock: run `nox -s conformance` (sets {API_URL}, {MONITOR_URL})")
    found = {}
    for name, value in os.environ.items():
        if name.startswith("TWILIO_PRISM_") and name.endswith("_URL") and value:
            found[name[len("TWILIO_PRISM_") : -len("_URL")].lower().replace("_", "-")] = value
    return found
