"""Add-ons assigned to numbers and their extensions on the fake: every client, errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Through,
    assert_schema,
    collect,
    error_of,
    other_account,
    run_scenario,
    send,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources.number_add_ons import ADD_ON_EXTENSIONS

NUMBER = "+14155550123"


def test_an_add_on_is_assigned_listed_fetched_and_removed(through: Through) -> None:
    fake = through.fake
    number = fake.seed_incoming_number(NUMBER)
    installed = fake.seed_installed_add_on(
        friendly_name="Spam check", extensions=[("Lookups", "lookups"), ("Voice", "voice")]
    )

    async def scenario(client: Any) -> Any:
        add_ons = client.incoming_number_add_ons
        assigned = await settle(add_ons.create(number["sid"], installed["sid"]))
        fetched = await settle(add_ons.get(number["sid"], assigned.sid))
        listed = await settle(collect(add_ons.iterate(number["sid"])))
        extensions = client.incoming_number_add_on_extensions
        found = await settle(collect(extensions.iterate(number["sid"], assigned.sid, page_size=1)))
        one = await settle(extensions.get(number["sid"], assigned.sid, found[0].sid))
        await settle(add_ons.delete(number["sid"], assigned.sid))
        after = await settle(add_ons.get_page(number["sid"]))
        return assigned, fetched, listed, found, one, after

    assigned, fetched, listed, found, one, after = run_scenario(through, scenario)
    assert assigned.sid.startswith("XE")
    assert (assigned.resource_sid, assigned.friendly_name) == (number["sid"], "Spam check")
    assert fetched.sid == assigned.sid
    assert [record.sid for record in listed] == [assigned.sid]
    assert sorted(extension.unique_name for extension in found) == ["lookups", "voice"]
    assert {extension.assigned_add_on_sid for extension in found} == {assigned.sid}
    assert one.sid == found[0].sid
    assert one.enabled is True
    assert list(after.records) == []
    assert fake.store.table(ADD_ON_EXTENSIONS) == {}


def test_the_fake_answers_the_documented_fields(fake: FakeTwilio) -> None:
    number = fake.seed_incoming_number(NUMBER)
    installed = fake.seed_installed_add_on()
    rest = f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns"
    status, body = send(fake, "POST", f"{rest}.json", {"InstalledAddOnSid": installed["sid"]})
    assert status == 201
    base = "api.v2010.account.incoming_phone_number.incoming_phone_number_assigned_add_on"
    assert_schema(base, body)
    status, page = send(fake, "GET", f"{rest}/{body['sid']}/Extensions.json")
    assert status == 200
    (extension,) = page["extensions"]
    assert_schema(f"{base}.incoming_phone_number_assigned_add_on_extension", extension)


def test_an_add_on_not_installed_or_assigned_twice_is_refused(fake: FakeTwilio) -> None:
    number = fake.seed_incoming_number(NUMBER)
    rest = f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns.json"
    assert error_of(send(fake, "POST", rest, {})) == (400, 20001)
    assert error_of(send(fake, "POST", rest, {"InstalledAddOnSid": "XE" + "0" * 32})) == (
        400,
        21200,
    )
    foreign = fake.seed_installed_add_on(account_sid=other_account(fake))
    assert error_of(send(fake, "POST", rest, {"InstalledAddOnSid": foreign["sid"]}))[0] == 400
    installed = fake.seed_installed_add_on()
    assert send(fake, "POST", rest, {"InstalledAddOnSid": installed["sid"]})[0] == 201
    assert error_of(send(fake, "POST", rest, {"InstalledAddOnSid": installed["sid"]})) == (
        400,
        21201,
    )


def test_an_assignment_is_only_found_under_its_own_number(fake: FakeTwilio) -> None:
    number = fake.seed_incoming_number(NUMBER)
    other = fake.seed_incoming_number("+14155550124")
    installed = fake.seed_installed_add_on()
    with fake.client() as client:
        assigned = client.incoming_number_add_ons.create(number["sid"], installed["sid"])
        (extension,) = client.incoming_number_add_on_extensions.iterate(number["sid"], assigned.sid)
        attempts = (
            lambda: client.incoming_number_add_ons.get(other["sid"], assigned.sid),
            lambda: client.incoming_number_add_on_extensions.get(
                other["sid"], assigned.sid, extension.sid
            ),
            lambda: client.incoming_number_add_on_extensions.get_page(other["sid"], assigned.sid),
            lambda: client.incoming_number_add_ons.get_page("PN" + "0" * 32),
        )
        for attempt in attempts:
            with pytest.raises(APIError) as caught:
                attempt()
            assert (caught.value.status, caught.value.code) == (404, 20404)
