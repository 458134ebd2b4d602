"""Phone numbers on the fake Twilio: searching numbers for sale, buying, using, releasing."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.core._support import openapi_document
from tests.testing.fake._support import RECIPIENT, Through, collect, json_of, send_raw
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources.incoming_numbers import seed_incoming_number

KEYPAD = {"S": "7", "T": "8", "O": "6", "R": "7", "M": "6"}


def _search(fake: FakeTwilio, country: str, kind: str, **filters: Any) -> list[Any]:
    with fake.client() as client:
        return list(client.available_numbers.get_page(country, kind, **filters).records)


def _error(call: Any) -> APIError:
    with pytest.raises(APIError) as caught:
        call()
    return caught.value


# -- the life of a number, through every client kind -----------------------------------


def test_buy_use_release_and_find_again(through: Through) -> None:
    def scenario(client: Any) -> Any:
        numbers, messages = client.available_numbers, client.messages
        incoming = client.incoming_numbers

        def outcome_of_sending(number: str) -> Any:
            try:
                return messages.send_message(number, RECIPIENT, "hi")
            except APIError as error:
                return error

        if through.is_async:

            async def run() -> Any:
                page = await numbers.get_page("US", "Local", area_code=415, page_size=1)
                wanted = page.records[0].phone_number
                bought = await incoming.buy_number(wanted, FriendlyName="Support")
                owned = await collect(incoming.iterate())
                sent = await messages.send_message(wanted, RECIPIENT, "hi")
                while_owned = await numbers.get_page("US", "Local", contains=wanted)
                await incoming.release(bought.sid)
                try:
                    after = await messages.send_message(wanted, RECIPIENT, "hi")
                except APIError as error:
                    after = error
                again = await numbers.get_page("US", "Local", contains=wanted)
                return wanted, bought, owned, sent, while_owned, after, again

            return run()
        wanted = numbers.get_page("US", "Local", area_code=415, page_size=1).records[0].phone_number
        bought = incoming.buy_number(wanted, FriendlyName="Support")
        owned = collect(incoming.iterate())
        sent = messages.send_message(wanted, RECIPIENT, "hi")
        while_owned = numbers.get_page("US", "Local", contains=wanted)
        incoming.release(bought.sid)
        after = outcome_of_sending(wanted)
        again = numbers.get_page("US", "Local", contains=wanted)
        return wanted, bought, owned, sent, while_owned, after, again

    wanted, bought, owned, sent, while_owned, after, again = through.run(scenario)
    assert wanted.startswith("+1415")
    assert (bought.phone_number, bought.friendly_name) == (wanted, "Support")
    assert [number.sid for number in owned] == [bought.sid]
    assert sent.from_ == wanted
    assert while_owned.records == []
    assert isinstance(after, APIError)
    assert (after.status, after.code) == (400, 21606)
    assert [number.phone_number for number in again.records] == [wanted]


def test_a_released_number_is_gone(fake: FakeTwilio) -> None:
    record = seed_incoming_number(fake.store, fake.account_sid, "+14155550123")
    assert send_raw(fake, "DELETE", f"/IncomingPhoneNumbers/{record['sid']}.json").status == 204
    gone = send_raw(fake, "GET", f"/IncomingPhoneNumbers/{record['sid']}.json")
    assert (gone.status, json_of(gone)["code"]) == (404, 20404)
    assert send_raw(fake, "DELETE", f"/IncomingPhoneNumbers/{record['sid']}.json").status == 404


def test_a_seeded_number_can_send(fake: FakeTwilio) -> None:
    seed_incoming_number(fake.store, fake.account_sid, "+14155550123", friendly_name="Desk")
    with fake.client() as client:
        sent = client.messages.send_message("+14155550123", RECIPIENT, "hi")
        listed = client.incoming_numbers.get_page(friendly_name="Desk").records
    assert sent.status == "queued"
    assert [number.phone_number for number in listed] == ["+14155550123"]


# -- searching ---------------------------------------------------------------------------


def test_area_code_search_gives_numbers_there(fake: FakeTwilio) -> None:
    found = _search(fake, "US", "Local", area_code=212, page_size=20)
    assert len(found) == 20
    assert len({number.phone_number for number in found}) == 20
    for number in found:
        assert re.fullmatch(r"\+1212[2-9]\d{6}", number.phone_number)
        assert number.friendly_name == f"(212) {number.phone_number[5:8]}-{number.phone_number[8:]}"
        assert (number.locality, number.region, number.iso_country) == ("New York", "NY", "US")


def test_coordinates_are_strings_as_twilio_sends_them(fake: FakeTwilio) -> None:
    response = send_raw(fake, "GET", "/AvailablePhoneNumbers/US/Local.json?AreaCode=415&PageSize=1")
    number = json_of(response)["available_phone_numbers"][0]
    assert isinstance(number["latitude"], str)
    assert float(number["latitude"]) == pytest.approx(37.7749)
    assert isinstance(number["longitude"], str)


def test_a_search_is_one_page(fake: FakeTwilio) -> None:
    page = json_of(send_raw(fake, "GET", "/AvailablePhoneNumbers/US/Local.json?PageSize=3"))
    assert len(page["available_phone_numbers"]) == 3
    assert page["next_page_uri"] is None
    with fake.client() as client:
        listed = client.available_numbers.get_page("US", "Local", page_size=3)
    assert listed.next_operation() is None


def test_contains_letters_stand_for_keypad_digits(fake: FakeTwilio) -> None:
    found = _search(fake, "US", "Local", contains="STORM", page_size=10)
    digits = "".join(KEYPAD[letter] for letter in "STORM")
    assert found
    assert all(digits in number.phone_number[2:] for number in found)


def test_contains_wildcards_and_anchors(fake: FakeTwilio) -> None:
    anchored = _search(fake, "US", "Local", contains="+1512***99", page_size=10)
    assert anchored
    assert all(re.fullmatch(r"\+1512\d{3}99\d{2}", n.phone_number) for n in anchored)
    ending = _search(fake, "US", "Local", contains="4242$", page_size=10)
    assert ending
    assert all(number.phone_number.endswith("4242") for number in ending)
    gap = _search(fake, "US", "Local", contains="+1206%77$", page_size=10)
    assert gap
    assert all(re.fullmatch(r"\+1206\d+77", number.phone_number) for number in gap)


def test_an_impossible_pattern_finds_nothing(fake: FakeTwilio) -> None:
    assert _search(fake, "US", "Local", contains="+44", page_size=5) == []


def test_a_malformed_pattern_is_400(fake: FakeTwilio) -> None:
    response = send_raw(fake, "GET", "/AvailablePhoneNumbers/US/Local.json?Contains=1%2B2")
    assert response.status == 400


def test_region_and_place_filters(fake: FakeTwilio) -> None:
    texas = _search(fake, "US", "Local", in_region="TX", page_size=5)
    assert texas
    assert {number.region for number in texas} == {"TX"}
    scotland = _search(fake, "GB", "Local", in_region="Scotland", page_size=5)
    assert scotland
    assert all(number.phone_number.startswith("+44131") for number in scotland)
    near = _search(fake, "US", "Local", near_lat_long=(47.61, -122.33), distance=10, page_size=5)
    assert near
    assert {number.locality for number in near} == {"Seattle"}


def test_near_number_finds_numbers_close_to_it(fake: FakeTwilio) -> None:
    bay = _search(fake, "US", "Local", near_number="+14155550100", distance=30, page_size=20)
    assert bay
    assert {number.locality for number in bay} <= {"San Francisco", "Oakland", "Palo Alto"}
    # A number the fake cannot place is near no number at all.
    assert _search(fake, "US", "Local", near_number="+17205550100") == []


def test_capability_filters(fake: FakeTwilio) -> None:
    assert _search(fake, "GB", "Local", sms_enabled=True) == []
    mobile = _search(fake, "GB", "Mobile", sms_enabled=True, page_size=5)
    assert mobile
    assert all(number.capabilities["SMS"] for number in mobile)
    assert all(re.fullmatch(r"\+447\d{9}", number.phone_number) for number in mobile)
    voice = _search(fake, "US", "TollFree", voice_enabled=True, page_size=5)
    assert all(re.fullmatch(r"\+18(00|33|44|55|66|77|88)\d{7}", n.phone_number) for n in voice)
    assert _search(fake, "US", "Local", voice_enabled=False) == []


def test_canadian_numbers_are_canadian(fake: FakeTwilio) -> None:
    found = _search(fake, "CA", "Local", page_size=10)
    assert found
    assert {number.iso_country for number in found} == {"CA"}
    assert {number.region for number in found} <= {"ON", "QC", "BC", "AB"}
    assert _search(fake, "US", "Local", area_code=416) == []


def test_magic_area_codes(fake: FakeTwilio) -> None:
    assert _search(fake, "US", "Local", area_code=533) == []
    assert [n.phone_number for n in _search(fake, "US", "Local", area_code=500)] == ["+15005550006"]


def test_owned_numbers_are_never_offered(fake: FakeTwilio) -> None:
    seed_incoming_number(fake.store, "AC" + "f" * 32, "+14155550123")
    assert _search(fake, "US", "Local", contains="+14155550123") == []
    assert [n.phone_number for n in _search(fake, "US", "Local", contains="+14155550124")] == [
        "+14155550124"
    ]


def test_the_same_seed_gives_the_same_numbers() -> None:
    first = [n.phone_number for n in _search(FakeTwilio(seed=7), "US", "Local", page_size=5)]
    second = [n.phone_number for n in _search(FakeTwilio(seed=7), "US", "Local", page_size=5)]
    third = [n.phone_number for n in _search(FakeTwilio(seed=8), "US", "Local", page_size=5)]
    assert first == second
    assert first != third


@pytest.mark.parametrize(
    "path",
    ["/AvailablePhoneNumbers/ZZ/Local.json", "/AvailablePhoneNumbers/US/Mobile.json",
     "/AvailablePhoneNumbers/ZZ.json"],
)  # fmt: skip
def test_unknown_countries_and_types_are_404(fake: FakeTwilio, path: str) -> None:
    response = send_raw(fake, "GET", path)
    assert (response.status, json_of(response)["code"]) == (404, 20404)


def test_countries_and_their_searches(fake: FakeTwilio) -> None:
    with fake.client() as client:
        codes = [country.country_code for country in client.available_numbers.iterate_countries()]
        britain = client.available_numbers.get_country("gb")
    assert {"US", "CA", "GB"} <= set(codes)
    assert britain.country == "United Kingdom"
    searches = britain.subresource_uris or {}
    assert set(searches) >= {"local", "mobile", "toll_free"}
    assert searches["mobile"].endswith("/AvailablePhoneNumbers/GB/Mobile.json")


# -- buying --------------------------------------------------------------------------------


def test_buying_by_area_code(fake: FakeTwilio) -> None:
    with fake.client() as client:
        bought = client.incoming_numbers.buy_number(area_code=617)
        magic = client.incoming_numbers.buy_number(area_code=500)
        none_there = _error(lambda: client.incoming_numbers.buy_number(area_code=533))
    assert re.fullmatch(r"\+1617[2-9]\d{6}", str(bought.phone_number))
    assert bought.type == "local"
    assert magic.phone_number == "+15005550006"
    assert (none_there.status, none_there.code) == (400, 21452)


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({}, 20001),
        ({"PhoneNumber": "+15005550000"}, 21422),
        ({"PhoneNumber": "+15005550001"}, 21421),
        ({"PhoneNumber": "4155550123"}, 21421),
        ({"AreaCode": "41"}, 21451),
        ({"PhoneNumber": "+14155550123", "VoiceMethod": "PUT"}, 21200),
        ({"PhoneNumber": "+14155550123", "VoiceApplicationSid": "AP1"}, 21200),
        ({"PhoneNumber": "+14155550123", "VoiceReceiveMode": "video"}, 21200),
    ],
)
def test_purchases_twilio_refuses(fake: FakeTwilio, form: dict[str, str], code: int) -> None:
    response = send_raw(fake, "POST", "/IncomingPhoneNumbers.json", form)
    assert (response.status, json_of(response)["code"]) == (400, code)
    assert fake.store.table("incoming_numbers") == {}


def test_a_number_another_account_owns_is_not_available(fake: FakeTwilio) -> None:
    seed_incoming_number(fake.store, "AC" + "e" * 32, "+14155550123")
    with fake.client() as client:
        error = _error(lambda: client.incoming_numbers.buy_number("+14155550123"))
    assert (error.status, error.code) == (400, 21422)


def test_per_type_listings_and_purchases(fake: FakeTwilio) -> None:
    british_mobile = _search(fake, "GB", "Mobile", page_size=1)[0].phone_number
    with fake.client() as client:
        local = client.incoming_numbers.create_local("+14155550123")
        toll_free = client.incoming_numbers.create_toll_free("+18005550123")
        mobile = client.incoming_numbers.create_mobile(british_mobile)
        wrong = _error(lambda: client.incoming_numbers.create_local("+18885550123"))
        locals_ = client.incoming_numbers.get_local_page().records
        toll_frees = client.incoming_numbers.get_toll_free_page().records
        mobiles = client.incoming_numbers.get_mobile_page().records
    assert (local.type, toll_free.type, mobile.type) == ("local", "toll-free", "mobile")
    assert wrong.code == 21422
    assert [n.sid for n in locals_] == [local.sid]
    assert [n.sid for n in toll_frees] == [toll_free.sid]
    assert [n.sid for n in mobiles] == [mobile.sid]
    assert mobile.capabilities == {"voice": True, "sms": True, "mms": False, "fax": False}


def test_list_filters(fake: FakeTwilio) -> None:
    for number, name in (("+14155550123", "a"), ("+14155559999", "b"), ("+12125550123", "a")):
        seed_incoming_number(fake.store, fake.account_sid, number, friendly_name=name)
    seed_incoming_number(fake.store, fake.account_sid, "+13035550100", origin="hosted")

    def numbers(**filters: Any) -> list[str | None]:
        with fake.client() as client:
            return [n.phone_number for n in client.incoming_numbers.iterate(**filters)]

    assert numbers(friendly_name="a") == ["+12125550123", "+14155550123"]
    assert numbers(phone_number="+1415*******") == ["+14155559999", "+14155550123"]
    assert numbers(phone_number="0123") == ["+12125550123", "+14155550123"]
    assert numbers(phone_number="+14155559999") == ["+14155559999"]
    assert numbers(origin="hosted") == ["+13035550100"]
    assert len(numbers()) == 4


def test_updating_every_setting(fake: FakeTwilio) -> None:
    record = seed_incoming_number(
        fake.store, fake.account_sid, "+14155550123", trunk_sid="TK" + "1" * 32
    )
    application = "AP" + "2" * 32
    with fake.client() as client:
        updated = client.incoming_numbers.update(
            record["sid"],
            FriendlyName="Front desk",
            VoiceUrl="https://example.com/voice",
            VoiceMethod="get",
            SmsUrl="https://example.com/sms",
            SmsFallbackUrl="https://example.com/fallback",
            StatusCallback="https://example.com/status",
            VoiceCallerIdLookup=True,
            VoiceApplicationSid=application,
            EmergencyStatus="Active",
            VoiceReceiveMode="fax",
        )
        fetched = client.incoming_numbers.get(record["sid"])
    assert fetched.raw == updated.raw
    assert updated.friendly_name == "Front desk"
    assert (updated.voice_url, updated.voice_method) == ("https://example.com/voice", "GET")
    assert (updated.sms_url, updated.sms_fallback_url) == (
        "https://example.com/sms",
        "https://example.com/fallback",
    )
    assert updated.status_callback == "https://example.com/status"
    assert updated.voice_caller_id_lookup is True
    assert updated.voice_application_sid == application
    assert updated.trunk_sid is None
    assert (updated.emergency_status, updated.voice_receive_mode) == ("Active", "fax")


def test_a_number_moves_to_a_subaccount(fake: FakeTwilio) -> None:
    record = seed_incoming_number(fake.store, fake.account_sid, "+14155550123")
    with fake.client() as client:
        sub = client.accounts.create(friendly_name="team")
        moved = client.incoming_numbers.update(record["sid"], AccountSid=sub.sid)
        mine = client.incoming_numbers.get_page().records
    with fake.client() as fresh:
        theirs = fresh.for_subaccount(sub.sid).incoming_numbers.get_page().records
    assert moved.account_sid == sub.sid
    assert mine == []
    assert [n.sid for n in theirs] == [record["sid"]]


def test_another_accounts_number_is_404(fake: FakeTwilio) -> None:
    record = seed_incoming_number(fake.store, "AC" + "d" * 32, "+14155550123")
    response = send_raw(fake, "GET", f"/IncomingPhoneNumbers/{record['sid']}.json")
    assert response.status == 404


# -- the JSON is Twilio's ------------------------------------------------------------------


def _assert_has_properties(schemas: dict[str, Any], schema: str, payload: dict[str, Any]) -> None:
    missing = set(schemas[schema]["properties"]) - set(payload)
    assert not missing, f"the fake's {schema} lacks {sorted(missing)}"


def _page_properties(document: dict[str, Any], path: str) -> set[str]:
    operation = document["paths"]["/2010-04-01/Accounts/{AccountSid}" + path]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return set(schema["properties"])


def test_every_schema_property_is_present(fake: FakeTwilio) -> None:
    document = openapi_document()
    schemas = document["components"]["schemas"]
    prefix = "api.v2010.account."
    searches = {
        "US/Local": "available_phone_number_local",
        "US/TollFree": "available_phone_number_toll_free",
        "GB/Mobile": "available_phone_number_mobile",
        "GB/National": "available_phone_number_national",
    }
    for path, schema in searches.items():
        page = json_of(send_raw(fake, "GET", f"/AvailablePhoneNumbers/{path}.json?PageSize=1"))
        kind = path.split("/")[1]
        template = f"/AvailablePhoneNumbers/{{CountryCode}}/{kind}.json"
        assert set(page) >= _page_properties(document, template)
        name = f"{prefix}available_phone_number_country.{schema}"
        _assert_has_properties(schemas, name, page["available_phone_numbers"][0])
    country = json_of(send_raw(fake, "GET", "/AvailablePhoneNumbers/US.json"))
    _assert_has_properties(schemas, prefix + "available_phone_number_country", country)
    bought = json_of(send_raw(fake, "POST", "/IncomingPhoneNumbers.json", {"AreaCode": "415"}))
    _assert_has_properties(schemas, prefix + "incoming_phone_number", bought)
    for kind in ("local", "mobile", "toll_free"):
        name = f"{prefix}incoming_phone_number.incoming_phone_number_{kind}"
        _assert_has_properties(schemas, name, bought)
    listed = json_of(send_raw(fake, "GET", "/IncomingPhoneNumbers.json"))
    assert set(listed) >= _page_properties(document, "/IncomingPhoneNumbers.json")
    _assert_has_properties(
        schemas, prefix + "incoming_phone_number", listed["incoming_phone_numbers"][0]
    )
    countries = json_of(send_raw(fake, "GET", "/AvailablePhoneNumbers.json"))
    assert set(countries) >= _page_properties(document, "/AvailablePhoneNumbers.json")
