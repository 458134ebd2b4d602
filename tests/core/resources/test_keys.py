"""API keys: every operation's request, both models' parsing, and the OpenAPI schemas."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_model_covers,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.keys import Key, KeyOperations, NewKey

KEY_SID = "SK" + "a" * 32
KEYS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Keys"
SECRET = "s3cr3t-value-never-shown-again"

KEY: dict[str, Any] = {
    "sid": KEY_SID,
    "friendly_name": "deploy bot",
    "date_created": "Mon, 06 Jan 2025 12:00:00 +0000",
    "date_updated": "Tue, 07 Jan 2025 08:30:00 +0000",
}
NEW_KEY: dict[str, Any] = {**KEY, "secret": SECRET}


def operations() -> KeyOperations:
    return KeyOperations(make_config())


def assert_key(key: Key) -> None:
    assert key.sid == KEY_SID
    assert key.friendly_name == "deploy bot"
    assert key.date_created == datetime(2025, 1, 6, 12, tzinfo=UTC)
    assert key.date_updated == datetime(2025, 1, 7, 8, 30, tzinfo=UTC)


def test_create_posts_the_friendly_name() -> None:
    request = operations().create("deploy bot").request
    assert (request.method, request.url, request.body) == (
        "POST",
        f"{KEYS}.json",
        b"FriendlyName=deploy%20bot",
    )


def test_create_without_a_name_posts_an_empty_form() -> None:
    request = operations().create().request
    assert (request.method, request.url, request.body) == ("POST", f"{KEYS}.json", b"")


def test_create_returns_a_new_key_with_its_secret_kept_out_of_repr() -> None:
    new_key = operations().create("deploy bot").parse(json_response(NEW_KEY, 201))
    assert isinstance(new_key, NewKey)
    assert_key(new_key)
    assert new_key.secret == SECRET
    assert SECRET not in repr(new_key)
    assert "secret=[redacted]" in repr(new_key)


def test_a_plain_key_has_no_secret_field() -> None:
    assert "secret" not in Key.field_names().values()
    assert not hasattr(Key.from_json(NEW_KEY), "secret")


def test_get_fetches_the_key_without_its_secret() -> None:
    operation = operations().get(KEY_SID)
    request = operation.request
    assert (request.method, request.url, request.body) == ("GET", f"{KEYS}/{KEY_SID}.json", b"")
    key = operation.parse(json_response(KEY))
    assert type(key) is Key
    assert_key(key)


def test_update_posts_the_new_name() -> None:
    operation = operations().update(KEY_SID, "renamed")
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "POST",
        f"{KEYS}/{KEY_SID}.json",
        b"FriendlyName=renamed",
    )
    assert_key(operation.parse(json_response(KEY)))


def test_delete_removes_the_key_and_a_404_is_not_an_error() -> None:
    operation = operations().delete(KEY_SID)
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "DELETE",
        f"{KEYS}/{KEY_SID}.json",
        b"",
    )
    assert operation.parse(Response(204)) is None
    assert (
        operation.parse(json_response({"code": 20404, "status": 404, "message": "gone"}, 404))
        is None
    )


def test_get_page_lists_the_keys() -> None:
    operation = operations().get_page(page_size=5, PageToken="PT")
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{KEYS}.json?PageSize=5&PageToken=PT",
        b"",
    )
    page = operation.parse(json_response({"keys": [KEY], "next_page_uri": None}))
    (key,) = page.records
    assert_key(key)
    assert page.next_operation() is None


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Keys.json?Page=1&PageToken=PT"
    assert operations().get_page_at(cursor).request.url == ROOT + cursor


@pytest.mark.parametrize("method", ["get", "update", "delete"])
@pytest.mark.parametrize("sid", ["SK" + "a" * 33, "AC" + "0" * 32, "sk" + "a" * 32, 7])
def test_a_bad_key_sid_is_refused_before_any_request(method: str, sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="sid"):
        getattr(operations(), method)(sid)


@pytest.mark.parametrize("name", ["", "a\x00b", 5])
def test_a_bad_friendly_name_is_refused(name: Any) -> None:
    with pytest.raises(InvalidArgument, match="friendly_name"):
        operations().create(name)
    with pytest.raises(InvalidArgument, match="friendly_name"):
        operations().update(KEY_SID, name)


def test_a_bad_page_size_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="page_size"):
        operations().get_page(page_size=0)


def test_models_cover_the_openapi_key_schemas() -> None:
    schemas = openapi_schemas()
    for schema, model in (("api.v2010.account.key", Key), ("api.v2010.account.new_key", NewKey)):
        assert_model_covers(schemas, schema, model)
        assert not any("enum" in spec for spec in schemas[schema]["properties"].values()), schema
