"""API keys and applications on the fake Twilio."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core._support import openapi_schemas
from tests.testing.fake._support import Through, collect, json_of, send_raw
from twilio_sansio import APIError, AsyncClient, Client
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources.keys import seed_key

OTHER_ACCOUNT = "AC" + "9" * 32


# -- keys ----------------------------------------------------------------------------------


def test_a_new_key_signs_requests_until_it_is_deleted(through: Through) -> None:
    fake = through.fake

    def outcome(call: Any) -> Any:
        try:
            return call()
        except APIError as error:
            return error

    def scenario(client: Any) -> Any:
        if through.is_async:

            async def run() -> Any:
                key = await client.keys.create("ci")
                async with AsyncClient(
                    fake.account_sid,
                    api_key_sid=key.sid,
                    api_key_secret=key.secret,
                    transport=fake.async_transport(),
                ) as signed:
                    before = await signed.messages.get_page()
                    await client.keys.delete(key.sid)
                    after: Any
                    try:
                        after = await signed.messages.get_page()
                    except APIError as error:
                        after = error
                return key, before, after

            return run()
        key = client.keys.create("ci")
        with Client(
            fake.account_sid,
            api_key_sid=key.sid,
            api_key_secret=key.secret,
            transport=fake.transport(),
        ) as signed:
            before = signed.messages.get_page()
            client.keys.delete(key.sid)
            after = outcome(signed.messages.get_page)
        return key, before, after

    key, before, after = through.run(scenario)
    assert key.sid.startswith("SK")
    assert key.friendly_name == "ci"
    assert key.secret
    assert before.records == []
    assert isinstance(after, APIError)
    assert (after.status, after.code) == (401, 20003)


def test_the_secret_is_shown_only_when_created(fake: FakeTwilio) -> None:
    created = json_of(send_raw(fake, "POST", "/Keys.json", {"FriendlyName": "deploy"}))
    fetched = json_of(send_raw(fake, "GET", f"/Keys/{created['sid']}.json"))
    listed = json_of(send_raw(fake, "GET", "/Keys.json"))["keys"]
    renamed = json_of(send_raw(fake, "POST", f"/Keys/{created['sid']}.json", {"FriendlyName": "x"}))
    assert len(created["secret"]) >= 32
    assert "secret" not in fetched
    assert [key["sid"] for key in listed] == [created["sid"]]
    assert "secret" not in listed[0]
    assert "secret" not in renamed
    assert not any(key.startswith("_") for key in (*fetched, *listed[0], *renamed))


def test_a_key_with_the_wrong_secret_is_refused(fake: FakeTwilio) -> None:
    key = seed_key(fake.store, fake.account_sid, secret="right")
    good = send_raw(fake, "GET", "/Keys.json", user=key["sid"], password="right")
    bad = send_raw(fake, "GET", "/Keys.json", user=key["sid"], password="wrong")
    assert good.status == 200
    assert (bad.status, json_of(bad)["code"]) == (401, 20003)


def test_keys_are_listed_newest_first_and_renamed(through: Through) -> None:
    def scenario(client: Any) -> Any:
        if through.is_async:

            async def run() -> Any:
                first = await client.keys.create("first")
                second = await client.keys.create()
                renamed = await client.keys.update(first.sid, friendly_name="renamed")
                return first, second, renamed, await collect(client.keys.iterate())

            return run()
        first = client.keys.create("first")
        second = client.keys.create()
        renamed = client.keys.update(first.sid, friendly_name="renamed")
        return first, second, renamed, collect(client.keys.iterate())

    first, second, renamed, listed = through.run(scenario)
    assert [key.sid for key in listed] == [second.sid, first.sid]
    assert second.friendly_name is None
    assert renamed.friendly_name == "renamed"
    assert listed[1].friendly_name == "renamed"


def test_another_accounts_key_is_404(fake: FakeTwilio) -> None:
    key = seed_key(fake.store, OTHER_ACCOUNT)
    assert send_raw(fake, "GET", f"/Keys/{key['sid']}.json").status == 404
    assert send_raw(fake, "DELETE", f"/Keys/{key['sid']}.json").status == 404
    assert json_of(send_raw(fake, "GET", "/Keys.json"))["keys"] == []


def test_deleting_a_key_twice(fake: FakeTwilio) -> None:
    key = seed_key(fake.store, fake.account_sid)
    assert send_raw(fake, "DELETE", f"/Keys/{key['sid']}.json").status == 204
    again = send_raw(fake, "DELETE", f"/Keys/{key['sid']}.json")
    assert (again.status, json_of(again)["code"]) == (404, 20404)
    with fake.client() as client:
        client.keys.delete(key["sid"])  # the client takes a 404 on delete as done


# -- applications --------------------------------------------------------------------------


def test_application_life(through: Through) -> None:
    settings = {
        "VoiceUrl": "https://example.com/voice",
        "VoiceMethod": "GET",
        "SmsUrl": "https://example.com/sms",
        "StatusCallback": "https://example.com/status",
        "VoiceCallerIdLookup": True,
    }

    def scenario(client: Any) -> Any:
        apps = client.applications
        if through.is_async:

            async def run() -> Any:
                created = await apps.create("Support line", **settings)
                other = await apps.create("Sales")
                updated = await apps.update(created.sid, SmsMethod="GET", FriendlyName="Help")
                fetched = await apps.get(created.sid)
                named = await collect(apps.iterate(friendly_name="Help"))
                everything = await collect(apps.iterate())
                await apps.delete(other.sid)
                left = await collect(apps.iterate())
                return created, other, updated, fetched, named, everything, left

            return run()
        created = apps.create("Support line", **settings)
        other = apps.create("Sales")
        updated = apps.update(created.sid, SmsMethod="GET", FriendlyName="Help")
        fetched = apps.get(created.sid)
        named = collect(apps.iterate(friendly_name="Help"))
        everything = collect(apps.iterate())
        apps.delete(other.sid)
        left = collect(apps.iterate())
        return created, other, updated, fetched, named, everything, left

    created, other, updated, fetched, named, everything, left = through.run(scenario)
    assert created.sid.startswith("AP")
    assert (created.voice_url, created.voice_method) == ("https://example.com/voice", "GET")
    assert created.sms_url == "https://example.com/sms"
    assert created.status_callback == "https://example.com/status"
    assert created.voice_caller_id_lookup is True
    assert (created.sms_method, created.api_version) == ("POST", "2010-04-01")
    assert (updated.sms_method, updated.friendly_name) == ("GET", "Help")
    assert updated.voice_url == "https://example.com/voice"
    assert fetched.raw == updated.raw
    assert [app.sid for app in named] == [created.sid]
    assert [app.sid for app in everything] == [other.sid, created.sid]
    assert [app.sid for app in left] == [created.sid]


def test_every_application_setting_is_updatable(fake: FakeTwilio) -> None:
    created = json_of(send_raw(fake, "POST", "/Applications.json", {}))
    form = {
        "FriendlyName": "All",
        "ApiVersion": "2008-08-01",
        "VoiceUrl": "https://e.test/v",
        "VoiceMethod": "get",
        "VoiceFallbackUrl": "https://e.test/vf",
        "VoiceFallbackMethod": "GET",
        "StatusCallback": "https://e.test/s",
        "StatusCallbackMethod": "GET",
        "VoiceCallerIdLookup": "true",
        "SmsUrl": "https://e.test/m",
        "SmsMethod": "GET",
        "SmsFallbackUrl": "https://e.test/mf",
        "SmsFallbackMethod": "GET",
        "SmsStatusCallback": "https://e.test/ms",
        "MessageStatusCallback": "https://e.test/msc",
        "PublicApplicationConnectEnabled": "true",
    }
    updated = json_of(send_raw(fake, "POST", f"/Applications/{created['sid']}.json", form))
    expected = {
        "friendly_name": "All",
        "api_version": "2008-08-01",
        "voice_url": "https://e.test/v",
        "voice_method": "GET",
        "voice_fallback_url": "https://e.test/vf",
        "voice_fallback_method": "GET",
        "status_callback": "https://e.test/s",
        "status_callback_method": "GET",
        "voice_caller_id_lookup": True,
        "sms_url": "https://e.test/m",
        "sms_method": "GET",
        "sms_fallback_url": "https://e.test/mf",
        "sms_fallback_method": "GET",
        "sms_status_callback": "https://e.test/ms",
        "message_status_callback": "https://e.test/msc",
        "public_application_connect_enabled": True,
    }
    assert {name: updated[name] for name in expected} == expected
    assert updated["date_created"] == created["date_created"]


@pytest.mark.parametrize(
    "form",
    [
        {"VoiceMethod": "PUT"},
        {"VoiceCallerIdLookup": "maybe"},
        {"ApiVersion": "2020-01-01"},
        {"FriendlyName": "x" * 65},
    ],
)
def test_settings_twilio_refuses(fake: FakeTwilio, form: dict[str, str]) -> None:
    response = send_raw(fake, "POST", "/Applications.json", form)
    assert (response.status, json_of(response)["code"]) == (400, 21200)
    assert fake.store.table("applications") == {}


def test_a_deleted_or_foreign_application_is_404(fake: FakeTwilio) -> None:
    mine = json_of(send_raw(fake, "POST", "/Applications.json", {"FriendlyName": "a"}))
    fake.store.table("applications")[mine["sid"]]["account_sid"] = OTHER_ACCOUNT
    assert send_raw(fake, "GET", f"/Applications/{mine['sid']}.json").status == 404
    assert json_of(send_raw(fake, "GET", "/Applications.json"))["applications"] == []
    fake.store.table("applications")[mine["sid"]]["account_sid"] = fake.account_sid
    assert send_raw(fake, "DELETE", f"/Applications/{mine['sid']}.json").status == 204
    response = send_raw(fake, "GET", f"/Applications/{mine['sid']}.json")
    assert (response.status, json_of(response)["code"]) == (404, 20404)


# -- the JSON is Twilio's ------------------------------------------------------------------


def test_every_schema_property_is_present(fake: FakeTwilio) -> None:
    schemas = openapi_schemas()
    created_key = json_of(send_raw(fake, "POST", "/Keys.json", {}))
    fetched_key = json_of(send_raw(fake, "GET", f"/Keys/{created_key['sid']}.json"))
    application = json_of(send_raw(fake, "POST", "/Applications.json", {}))
    listed = json_of(send_raw(fake, "GET", "/Applications.json"))["applications"][0]
    for schema, payload in (
        ("api.v2010.account.new_key", created_key),
        ("api.v2010.account.key", fetched_key),
        ("api.v2010.account.application", application),
        ("api.v2010.account.application", listed),
    ):
        missing = set(schemas[schema]["properties"]) - set(payload)
        assert not missing, f"the fake's {schema} lacks {sorted(missing)}"
