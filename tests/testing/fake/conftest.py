"""Fixtures for the fake Twilio's tests: a seeded fake, and every client kind in front of it.

``through`` runs a test function three times: with ``Client``, with ``AsyncClient`` on
trio and with ``AsyncClient`` on asyncio, each talking to the same fake in memory. The
function takes the client and returns a value (sync) or an awaitable (async).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conformance import _oai
from tests.testing.fake._support import Clock, Through
from twilio_sansio.testing.fake import FakeTwilio


@pytest.fixture
def clock() -> Clock:
    """The fake's clock, which the test moves by hand."""
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeTwilio:
    """A fake Twilio with a fixed seed (the same SIDs every run) on a hand-moved clock."""
    return FakeTwilio(seed=1234, clock=clock)


@pytest.fixture(params=["sync", "trio", "asyncio"])
def through(request: pytest.FixtureRequest, fake: FakeTwilio) -> Through:
    """Each client kind in turn, in front of ``fake``."""
    return Through(request.param, fake)


@pytest.fixture(autouse=True)
def _fake_speaks_the_documents(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that used ``fake``, check every response it made against the documents.

    A 2xx JSON answer must match the response schema of the operation its request
    matches in Twilio's OpenAPI documents (``format`` is not enforced: Twilio's ``uri``
    values are relative); an error must be Twilio's error body. Without the documents
    (``TWILIO_OAI_DIR``) nothing is checked.
    """
    if "fake" not in request.fixturenames or _oai.oai_folder() is None:
        yield
        return
    fake: FakeTwilio = request.getfixturevalue("fake")
    yield
    problems = [
        problem
        for sent, answer in list(fake.exchanges)
        for problem in _oai.response_problems(sent.method, sent.url, answer.status, answer.body)
    ]
    assert not problems, "the fake's answers break Twilio's documents:\n" + "\n".join(
        sorted(set(problems))
    )
