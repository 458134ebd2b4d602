"""Subaccount views, the generic endpoint builder, and a sample of resources end to end."""

from __future__ import annotations

from tests.clients.conftest import ACCOUNT, MESSAGE_SID, Harness
from twilio_sansio.testing import LoopbackServer

SUBACCOUNT = "AC" + "5" * 32


def test_for_subaccount_addresses_the_subaccount_with_the_parent_credentials(
    harness: Harness, server: LoopbackServer
) -> None:
    def go(client: object) -> object:
        sub = client.for_subaccount(SUBACCOUNT)  # type: ignore[attr-defined]
        assert client.config.account_sid == ACCOUNT  # type: ignore[attr-defined]
        return sub.messages.delete(MESSAGE_SID)

    harness.run(go)
    (sent,) = server.requests
    assert f"/Accounts/{SUBACCOUNT}/Messages/{MESSAGE_SID}.json" in sent.url
    assert sent.header("authorization") == (server.requests[0].header("authorization"))
    import base64

    user = base64.b64decode((sent.header("authorization") or "").split()[1]).split(b":")[0]
    assert user == ACCOUNT.encode()


def test_a_view_made_after_a_namespace_was_used_still_addresses_the_subaccount(
    harness: Harness, server: LoopbackServer
) -> None:
    def go(client: object) -> object:
        assert client.messages is not None  # type: ignore[attr-defined]  # cached on the parent
        return client.for_subaccount(SUBACCOUNT).messages.delete(MESSAGE_SID)  # type: ignore[attr-defined]

    harness.run(go)
    (sent,) = server.requests
    assert f"/Accounts/{SUBACCOUNT}/Messages/{MESSAGE_SID}.json" in sent.url


def test_endpoints_reach_any_path_with_the_account_filled_in(
    harness: Harness, server: LoopbackServer
) -> None:
    record = harness.run(
        lambda c: c.endpoints.request(
            "GET", "api", "/2010-04-01/Accounts/{AccountSid}/Messages/" + MESSAGE_SID + ".json"
        )
    )
    assert record.sid == MESSAGE_SID
    assert server.requests[0].url.endswith(f"/Accounts/{ACCOUNT}/Messages/{MESSAGE_SID}.json")


def test_endpoints_page_through_any_listing(harness: Harness) -> None:
    from tests.clients.conftest import collect

    records = harness.run(
        lambda c: collect(
            c.endpoints.iterate(
                "api", "/2010-04-01/Accounts/{AccountSid}/Messages.json", "messages"
            )
        )
    )
    assert len(records) == 6


def test_a_resource_404_surfaces_as_an_api_error_through_any_namespace(
    harness: Harness,
) -> None:
    import pytest

    from twilio_sansio import APIError

    with pytest.raises(APIError) as caught:
        harness.run(lambda c: c.calls.get("CA" + "1" * 32))
    assert caught.value.code == 20404
