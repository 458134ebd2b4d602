"""Accounts: every operation's request, the model's parsing, and the OpenAPI schema."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    FORM,
    ROOT,
    assert_enum_covers,
    assert_model_covers,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.accounts import (
    Account,
    AccountOperations,
    AccountStatus,
    AccountType,
)

SUBACCOUNT = "AC" + "f" * 32
ACCOUNTS = f"{ROOT}/2010-04-01/Accounts"
SUBACCOUNT_TOKEN = "sub-account-token-value"

PAYLOAD: dict[str, Any] = {
    "sid": SUBACCOUNT,
    "owner_account_sid": ACCOUNT,
    "friendly_name": "Shop 12",
    "status": "active",
    "type": "Full",
    "auth_token": SUBACCOUNT_TOKEN,
    "date_created": "Wed, 08 Jan 2025 08:00:00 +0000",
    "date_updated": "Wed, 08 Jan 2025 08:05:00 +0000",
    "uri": f"/2010-04-01/Accounts/{SUBACCOUNT}.json",
    "subresource_uris": {"calls": f"/2010-04-01/Accounts/{SUBACCOUNT}/Calls.json"},
}


def operations() -> AccountOperations:
    return AccountOperations(make_config())


# get


def test_get_without_a_sid_fetches_the_configured_account() -> None:
    request = operations().get().request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{ACCOUNTS}/{ACCOUNT}.json",
        b"",
    )


def test_get_with_a_sid_fetches_that_account_not_under_the_configured_one() -> None:
    request = operations().get(SUBACCOUNT).request
    assert (request.method, request.url) == ("GET", f"{ACCOUNTS}/{SUBACCOUNT}.json")


def test_get_parses_every_field_of_the_account() -> None:
    account = operations().get(SUBACCOUNT).parse(json_response(PAYLOAD))
    assert account.sid == SUBACCOUNT
    assert account.owner_account_sid == ACCOUNT
    assert account.friendly_name == "Shop 12"
    assert account.status is AccountStatus.ACTIVE
    assert account.type is AccountType.FULL
    assert account.auth_token == SUBACCOUNT_TOKEN
    assert account.date_created == datetime(2025, 1, 8, 8, 0, tzinfo=UTC)
    assert account.date_updated == datetime(2025, 1, 8, 8, 5, tzinfo=UTC)
    assert account.uri == PAYLOAD["uri"]
    assert account.subresource_uris == PAYLOAD["subresource_uris"]


def test_repr_of_an_account_hides_its_auth_token() -> None:
    text = repr(Account.from_json(PAYLOAD))
    assert SUBACCOUNT_TOKEN not in text
    assert "auth_token=[redacted]" in text
    assert SUBACCOUNT in text


# create and update


def test_create_posts_the_friendly_name_to_the_accounts_list() -> None:
    request = operations().create("Shop & Co").request
    assert (request.method, request.url, request.body) == (
        "POST",
        f"{ACCOUNTS}.json",
        b"FriendlyName=Shop%20%26%20Co",
    )
    assert request.header("content-type") == FORM


def test_create_without_a_name_posts_an_empty_form_and_parses_the_subaccount() -> None:
    operation = operations().create()
    assert (operation.request.method, operation.request.body) == ("POST", b"")
    assert operation.parse(json_response(PAYLOAD, 201)).auth_token == SUBACCOUNT_TOKEN


def test_update_posts_the_given_twilio_parameters() -> None:
    request = operations().update(SUBACCOUNT, FriendlyName="Shop 13").request
    assert (request.method, request.url, request.body) == (
        "POST",
        f"{ACCOUNTS}/{SUBACCOUNT}.json",
        b"FriendlyName=Shop%2013",
    )


@pytest.mark.parametrize(
    ("helper", "status"),
    [("suspend", "suspended"), ("reactivate", "active"), ("close", "closed")],
)
def test_status_helpers_post_the_status(helper: str, status: str) -> None:
    operation = getattr(operations(), helper)(SUBACCOUNT)
    assert (operation.request.method, operation.request.url, operation.request.body) == (
        "POST",
        f"{ACCOUNTS}/{SUBACCOUNT}.json",
        f"Status={status}".encode(),
    )
    parsed = operation.parse(json_response({**PAYLOAD, "status": status}))
    assert parsed.status == status
    assert parsed.status.is_known


# get_page and get_page_at


def test_get_page_puts_every_filter_in_the_query() -> None:
    request = (
        operations()
        .get_page(friendly_name="Shop 12", status=AccountStatus.SUSPENDED, page_size=10, Page=1)
        .request
    )
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == (
        f"{ACCOUNTS}.json?FriendlyName=Shop%2012&Status=suspended&PageSize=10&Page=1"
    )


def test_get_page_accepts_a_status_as_text() -> None:
    assert operations().get_page(status="closed").request.url == f"{ACCOUNTS}.json?Status=closed"


def test_get_page_parses_accounts_and_the_next_cursor() -> None:
    next_uri = "/2010-04-01/Accounts.json?Page=1&PageToken=PT1"
    body = {"accounts": [PAYLOAD], "page": 0, "page_size": 1, "next_page_uri": next_uri}
    page = operations().get_page(page_size=1).parse(json_response(body))
    assert [a.sid for a in page.records] == [SUBACCOUNT]
    assert page.cursor == next_uri
    following = page.next_operation()
    assert following is not None
    assert following.request.url == ROOT + next_uri


def test_get_page_at_requests_the_cursor_on_the_configured_host() -> None:
    cursor = "/2010-04-01/Accounts.json?Page=2&PageToken=PT2"
    request = operations().get_page_at(cursor).request
    assert (request.method, request.url) == ("GET", ROOT + cursor)


# invalid input

BAD_ACCOUNT_SIDS = ["SK" + "0" * 32, "AC" + "0" * 33, "AC" + "x" * 32, "", None]


@pytest.mark.parametrize("sid", BAD_ACCOUNT_SIDS[:-1])
def test_get_refuses_a_malformed_account_sid(sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().get(sid)


@pytest.mark.parametrize("helper", ["update", "suspend", "reactivate", "close"])
@pytest.mark.parametrize("sid", BAD_ACCOUNT_SIDS)
def test_changes_refuse_a_malformed_account_sid(helper: str, sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        getattr(operations(), helper)(sid)


@pytest.mark.parametrize("name", ["", "a\x00b", 12])
def test_create_refuses_a_bad_friendly_name(name: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().create(name)


@pytest.mark.parametrize(
    "filters",
    [{"friendly_name": ""}, {"status": ""}, {"status": 3}, {"page_size": 0}, {"page_size": "9"}],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page(**filters)


def test_get_page_at_refuses_a_cursor_on_another_host() -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page_at("https://evil.example/2010-04-01/Accounts.json")


# the OpenAPI document


def test_model_and_enums_cover_the_openapi_account_schema() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account", Account)
    assert_enum_covers(schemas, "account_enum_status", AccountStatus)
    assert_enum_covers(schemas, "account_enum_type", AccountType)
