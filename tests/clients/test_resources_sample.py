"""A sample of resources beyond messages, end to end on every client kind.

Buying a number found by a search, and creating an API key whose secret must appear in
the result but never in the debug output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.clients.conftest import ACCOUNT, API, Harness
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply

KEY_SECRET = "k3y-s3cr3t-" + "x" * 21
KEY_SID = "SK" + "7" * 32
NUMBER_SID = "PN" + "8" * 32


def twilio(request: Request) -> Reply:
    path = re.sub(r"^https?://[^/]+", "", request.url.partition("?")[0])
    if path == f"{API}/AvailablePhoneNumbers/US/Local.json":
        number = {"phone_number": "+14155550100", "friendly_name": "(415) 555-0100"}
        return Reply.json({"available_phone_numbers": [number], "uri": path})
    if path == f"{API}/IncomingPhoneNumbers.json" and request.method == "POST":
        return Reply.json(
            {"sid": NUMBER_SID, "account_sid": ACCOUNT, "phone_number": "+14155550100"},
            status=201,
        )
    if path == f"{API}/Keys.json" and request.method == "POST":
        body = {"sid": KEY_SID, "friendly_name": "ci", "secret": KEY_SECRET}
        return Reply.json(body, status=201)
    return Reply.json({"code": 20404, "message": "not found", "status": 404}, status=404)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(twilio) as running:
        yield running
    assert running.errors == []


@pytest.fixture(params=["sync", "trio", "asyncio"])
def harness(request: pytest.FixtureRequest, server: LoopbackServer) -> Harness:
    return Harness(request.param, server.base_url)


def test_search_then_buy_the_first_number(harness: Harness, server: LoopbackServer) -> None:
    def go(client: Any) -> Any:
        if harness.is_async:

            async def flow() -> Any:
                page = await client.available_numbers.get_page("US", "Local", area_code=415)
                return await client.incoming_numbers.buy_number(page.records[0].phone_number)

            return flow()
        page = client.available_numbers.get_page("US", "Local", area_code=415)
        return client.incoming_numbers.buy_number(page.records[0].phone_number)

    bought = harness.run(go)
    assert bought.sid == NUMBER_SID
    search, buy = server.requests
    assert "AreaCode=415" in search.url
    assert buy.body == b"PhoneNumber=%2B14155550100"


def test_a_new_key_shows_its_secret_but_debug_output_does_not(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    key = harness.run(lambda c: c.keys.create(friendly_name="ci"), debug=True)
    assert key.secret == KEY_SECRET
    assert KEY_SECRET not in repr(key)
    err = capsys.readouterr().err
    assert '"secret": "[redacted]"' in err
    assert KEY_SECRET not in err
