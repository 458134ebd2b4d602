"""Outgoing caller IDs on the fake Twilio: validation requests, and verified numbers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core._support import openapi_schemas
from tests.testing.fake._support import Through, collect, json_of, send_raw
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources.caller_ids import complete_validation, seed_caller_id

NUMBER = "+14155550123"
OTHER_ACCOUNT = "AC" + "5" * 32


def test_a_validation_request_answers_the_code_to_enter(through: Through) -> None:
    def scenario(client: Any) -> Any:
        return client.outgoing_caller_ids.create(NUMBER, FriendlyName="Office", CallDelay=5)

    request = through.run(scenario)
    assert request.phone_number == NUMBER
    assert request.friendly_name == "Office"
    assert request.account_sid == through.fake.account_sid
    assert request.call_sid.startswith("CA")
    assert request.validation_code.isdigit()
    assert len(request.validation_code) == 6
    # Nothing is verified until the code is entered.
    assert through.fake.store.table("outgoing_caller_ids") == {}


def test_completing_a_validation_verifies_the_number(fake: FakeTwilio) -> None:
    with fake.client() as client:
        client.outgoing_caller_ids.create(NUMBER, FriendlyName="Office")
        record = complete_validation(fake.store, fake.account_sid, NUMBER)
        listed = list(client.outgoing_caller_ids.iterate())
        again = send_raw(fake, "POST", "/OutgoingCallerIds.json", {"PhoneNumber": NUMBER})
    assert [(c.sid, c.phone_number, c.friendly_name) for c in listed] == [
        (record["sid"], NUMBER, "Office")
    ]
    assert (again.status, json_of(again)["code"]) == (400, 21450)
    with pytest.raises(KeyError):
        complete_validation(fake.store, fake.account_sid, NUMBER)


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({}, 20001),
        ({"PhoneNumber": "4155550123"}, 21401),
        ({"PhoneNumber": NUMBER, "CallDelay": "61"}, 21454),
        ({"PhoneNumber": NUMBER, "Extension": "12x"}, 21200),
        ({"PhoneNumber": NUMBER, "StatusCallbackMethod": "PUT"}, 21200),
    ],
)
def test_validation_requests_twilio_refuses(
    fake: FakeTwilio, form: dict[str, str], code: int
) -> None:
    response = send_raw(fake, "POST", "/OutgoingCallerIds.json", form)
    assert (response.status, json_of(response)["code"]) == (400, code)


def test_caller_id_life(through: Through) -> None:
    fake = through.fake
    office = seed_caller_id(fake.store, fake.account_sid, NUMBER, friendly_name="Office")
    home = seed_caller_id(fake.store, fake.account_sid, "+12125550199")

    def scenario(client: Any) -> Any:
        ids = client.outgoing_caller_ids
        if through.is_async:

            async def run() -> Any:
                fetched = await ids.get(office["sid"])
                renamed = await ids.update(home["sid"], friendly_name="Home")
                by_number = await collect(ids.iterate(phone_number=NUMBER))
                by_name = await collect(ids.iterate(friendly_name="Home"))
                await ids.delete(office["sid"])
                left = await collect(ids.iterate())
                return fetched, renamed, by_number, by_name, left

            return run()
        fetched = ids.get(office["sid"])
        renamed = ids.update(home["sid"], friendly_name="Home")
        by_number = collect(ids.iterate(phone_number=NUMBER))
        by_name = collect(ids.iterate(friendly_name="Home"))
        ids.delete(office["sid"])
        left = collect(ids.iterate())
        return fetched, renamed, by_number, by_name, left

    fetched, renamed, by_number, by_name, left = through.run(scenario)
    assert (fetched.phone_number, fetched.friendly_name) == (NUMBER, "Office")
    assert renamed.friendly_name == "Home"
    assert [c.sid for c in by_number] == [office["sid"]]
    assert [c.sid for c in by_name] == [home["sid"]]
    assert [c.sid for c in left] == [home["sid"]]


def test_seeded_caller_ids_are_twilio_shaped(fake: FakeTwilio) -> None:
    record = seed_caller_id(fake.store, fake.account_sid, NUMBER)
    assert record["sid"].startswith("PN")
    assert record["friendly_name"] == "(415) 555-0123"
    assert record["uri"].endswith(f"/OutgoingCallerIds/{record['sid']}.json")
    assert fake.store.get("outgoing_caller_ids", record["sid"]) is record


def test_a_deleted_or_foreign_caller_id_is_404(fake: FakeTwilio) -> None:
    foreign = seed_caller_id(fake.store, OTHER_ACCOUNT, NUMBER)
    mine = seed_caller_id(fake.store, fake.account_sid, NUMBER)
    assert send_raw(fake, "GET", f"/OutgoingCallerIds/{foreign['sid']}.json").status == 404
    assert [c["sid"] for c in json_of(send_raw(fake, "GET", "/OutgoingCallerIds.json"))[
        "outgoing_caller_ids"
    ]] == [mine["sid"]]  # fmt: skip
    assert send_raw(fake, "DELETE", f"/OutgoingCallerIds/{mine['sid']}.json").status == 204
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.outgoing_caller_ids.get(mine["sid"])
    assert (caught.value.status, caught.value.code) == (404, 20404)


def test_every_schema_property_is_present(fake: FakeTwilio) -> None:
    schemas = openapi_schemas()
    record = seed_caller_id(fake.store, fake.account_sid, NUMBER)
    fetched = json_of(send_raw(fake, "GET", f"/OutgoingCallerIds/{record['sid']}.json"))
    listed = json_of(send_raw(fake, "GET", "/OutgoingCallerIds.json"))["outgoing_caller_ids"][0]
    request = json_of(
        send_raw(fake, "POST", "/OutgoingCallerIds.json", {"PhoneNumber": "+12125550100"})
    )
    for schema, payload in (
        ("api.v2010.account.outgoing_caller_id", fetched),
        ("api.v2010.account.outgoing_caller_id", listed),
        ("api.v2010.account.validation_request", request),
    ):
        missing = set(schemas[schema]["properties"]) - set(payload)
        assert not missing, f"the fake's {schema} lacks {sorted(missing)}"
