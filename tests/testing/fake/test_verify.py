"""Verify v2 on the fake Twilio: services, codes, checks, attempts, expiry, through every client."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import Clock, Through, collect, exchange, settle
from twilio_sansio import (
    APIError,
    InvalidVerificationParameter,
    MaxCheckAttemptsReached,
    MaxSendAttemptsReached,
    VerificationNotFound,
)
from twilio_sansio.testing.fake import FakeTwilio

TO = "+14155550100"
EMAIL = "user@example.com"
OTHER_ACCOUNT = "AC" + "7" * 32
VERIFY = "https://verify.twilio.com/v2/Services"


def wrong(code: str) -> str:
    """A code of the same length that is not ``code``."""
    return "".join("1" if digit != "1" else "2" for digit in code)


def test_a_code_sent_is_approved_by_checking_it(through: Through) -> None:
    fake = through.fake
    service = fake.seed_verify_service("Shop")["sid"]

    async def scenario(client: Any) -> Any:
        sent = await settle(client.verify.send_code(service, TO))
        code = fake.verify_code(service, TO)
        first = await settle(client.verify.check_code(service, TO, wrong(code)))
        second = await settle(client.verify.check_code(service, TO, code))
        fetched = await settle(client.verify.verifications.get(service, sent.sid))
        return sent, code, first, second, fetched

    sent, code, first, second, fetched = through.run(scenario)
    assert (sent.status, sent.channel, sent.to, sent.service_sid) == ("pending", "sms", TO, service)
    assert len(code) == 6
    assert code.isdigit()
    assert (first, second) == (False, True)
    assert fetched.status == "approved"
    assert fetched.valid is True


def test_the_code_has_the_services_length(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service = client.verify.services.create("Shop", code_length=4)
        client.verify.send_code(service.sid, TO)
        assert len(fake.verify_code(service.sid, TO)) == 4
        client.verify.services.update(service.sid, code_length=8)
        client.verify.send_code(service.sid, "+14155550101")
        assert len(fake.verify_code(service.sid, "+14155550101")) == 8


def test_a_custom_code_is_used_when_the_service_allows_it(fake: FakeTwilio) -> None:
    with fake.client() as client:
        strict = client.verify.services.create("Strict")
        with pytest.raises(InvalidVerificationParameter):
            client.verify.verifications.create(strict.sid, TO, "sms", custom_code="4242")
        open_ = client.verify.services.create("Open", custom_code_enabled=True)
        client.verify.verifications.create(open_.sid, TO, "sms", custom_code="4242")
        assert fake.verify_code(open_.sid, TO) == "4242"
        assert client.verify.check_code(open_.sid, TO, "4242")


def test_five_wrong_codes_then_every_check_is_refused_with_60202(through: Through) -> None:
    fake = through.fake
    service = fake.seed_verify_service()["sid"]

    async def scenario(client: Any) -> Any:
        await settle(client.verify.send_code(service, TO))
        code = fake.verify_code(service, TO)
        answers = [
            await settle(client.verify.check_code(service, TO, wrong(code))) for _ in range(5)
        ]
        with pytest.raises(MaxCheckAttemptsReached) as caught:
            await settle(client.verify.check_code(service, TO, code))
        return answers, caught.value

    answers, error = through.run(scenario)
    assert answers == [False] * 5
    assert (error.status, error.code) == (429, 60202)
    checks = [sent for sent in fake.requests if sent.url.endswith("/VerificationCheck")]
    assert len(checks) == 6  # the 429 of 60202 is final: not sent again


def test_a_sixth_send_within_the_verifications_life_is_refused_with_60203(
    fake: FakeTwilio,
) -> None:
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        sent = [client.verify.send_code(service, TO) for _ in range(5)]
        with pytest.raises(MaxSendAttemptsReached) as caught:
            client.verify.send_code(service, TO, "call")
    assert caught.value.code == 60203
    assert len({verification.sid for verification in sent}) == 1  # one verification, resent
    assert len(sent[-1].send_code_attempts or []) == 5


def test_a_verification_expires_after_ten_minutes(fake: FakeTwilio, clock: Clock) -> None:
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        sent = client.verify.send_code(service, TO)
        code = fake.verify_code(service, TO)
        clock.advance(9 * 60 + 59)
        assert client.verify.verifications.get(service, sent.sid).status == "pending"
        clock.advance(1)
        with pytest.raises(VerificationNotFound) as caught:
            client.verify.check_code(service, TO, code)
        with pytest.raises(VerificationNotFound):
            client.verify.verifications.get(service, sent.sid)
        with pytest.raises(KeyError):
            fake.verify_code(service, TO)
        again = client.verify.send_code(service, TO)  # a new verification, a new life
    assert (caught.value.status, caught.value.code) == (404, 20404)
    assert again.sid != sent.sid


def test_checking_without_a_pending_verification_is_20404(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        with pytest.raises(VerificationNotFound):
            client.verify.check_code(service, TO, "123456")
        client.verify.send_code(service, TO)
        assert client.verify.check_code(service, TO, fake.verify_code(service, TO))
        with pytest.raises(VerificationNotFound):  # approved: nothing pending any more
            client.verify.check_code(service, TO, "123456")


def test_approve_and_cancel_end_a_pending_verification(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        first = client.verify.send_code(service, TO)
        approved = client.verify.verifications.approve(service, first.sid)
        second = client.verify.send_code(service, EMAIL, "email")
        canceled = client.verify.verifications.cancel(service, second.sid)
        with pytest.raises(VerificationNotFound):
            client.verify.check_code(service, EMAIL, "123456")
        with pytest.raises(VerificationNotFound):  # no longer pending
            client.verify.verifications.cancel(service, first.sid)
    assert (approved.status, approved.approved) == ("approved", True)
    assert (canceled.status, canceled.channel, canceled.to) == ("canceled", "email", EMAIL)


def test_a_check_by_verification_sid(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        sent = client.verify.send_code(service, TO, "whatsapp")
        checked = client.verify.verification_checks.create(
            service, code=fake.verify_code(service, TO), verification_sid=sent.sid
        )
    assert (checked.sid, checked.status, checked.channel, checked.valid) == (
        sent.sid,
        "approved",
        "whatsapp",
        True,
    )


@pytest.mark.parametrize(
    "form",
    [
        {"Channel": "sms"},
        {"To": TO, "Channel": "pigeon"},
        {"To": "4155550100", "Channel": "sms"},
        {"To": TO, "Channel": "email"},
    ],
)
def test_parameters_verify_refuses_are_60200(fake: FakeTwilio, form: dict[str, str]) -> None:
    service = fake.seed_verify_service()["sid"]
    response = exchange(fake, "POST", f"{VERIFY}/{service}/Verifications", form)
    assert response.status == 400
    assert b'"code":60200' in response.body


def test_services_are_listed_updated_and_deleted(through: Through) -> None:
    async def scenario(client: Any) -> Any:
        made = [await settle(client.verify.services.create(f"Shop {n}")) for n in range(3)]
        listed = await settle(collect(client.verify.services.iterate(page_size=2)))
        renamed = await settle(client.verify.services.update(made[0].sid, friendly_name="Renamed"))
        await settle(client.verify.services.delete(made[1].sid))
        await settle(client.verify.services.delete(made[1].sid))  # already gone: no error
        remaining = await settle(collect(client.verify.services.iterate()))
        return made, listed, renamed, remaining

    made, listed, renamed, remaining = through.run(scenario)
    assert [service.sid for service in listed] == [service.sid for service in reversed(made)]
    assert made[0].code_length == 6
    assert renamed.friendly_name == "Renamed"
    assert [service.sid for service in remaining] == [made[2].sid, made[0].sid]


def test_a_service_of_another_account_is_not_found(fake: FakeTwilio) -> None:
    theirs = fake.seed_verify_service(account_sid=OTHER_ACCOUNT)["sid"]
    with fake.client() as client:
        with pytest.raises(APIError) as caught:
            client.verify.services.get(theirs)
        with pytest.raises(APIError):
            client.verify.send_code(theirs, TO)
    assert caught.value.status == 404


def test_deleting_a_service_forgets_its_verifications(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        client.verify.send_code(service, TO)
        client.verify.services.delete(service)
    with pytest.raises(KeyError):
        fake.verify_code(service, TO)


def test_a_bad_code_length_is_60200(fake: FakeTwilio) -> None:
    response = exchange(fake, "POST", VERIFY, {"FriendlyName": "Shop", "CodeLength": "12"})
    assert (response.status, b'"code":60200' in response.body) == (400, True)
    assert exchange(fake, "GET", VERIFY).status == 200


def test_the_channels_settings_are_kept_in_their_objects(fake: FakeTwilio) -> None:
    with fake.client() as client:
        made = client.verify.services.create(
            "Shop",
            totp_issuer="Shop",
            totp_time_step=30,
            push_include_date=True,
            whatsapp_from="+14155550100",
            passkeys_relying_party_origins="a.example, b.example",
        )
        updated = client.verify.services.update(
            made.sid, totp_skew=2, passkeys_relying_party_id="a.example"
        )
    assert made.totp == {"issuer": "Shop", "time_step": 30, "code_length": None, "skew": None}
    assert made.push is not None
    assert made.push["include_date"] is True
    assert made.whatsapp == {"msg_service_sid": None, "from": "+14155550100"}
    assert made.passkeys is not None
    assert made.passkeys["relying_party"]["origins"] == ["a.example", "b.example"]
    assert updated.totp is not None
    assert (updated.totp["issuer"], updated.totp["skew"]) == ("Shop", 2)
    assert updated.passkeys is not None
    assert updated.passkeys["relying_party"]["id"] == "a.example"


def test_an_update_refused_changes_nothing(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service("Shop")["sid"]
    url = f"{VERIFY}/{service}"
    refused = exchange(
        fake, "POST", url, {"Passkeys.RelyingParty.Origins": "a.example", "Totp.Skew": "x"}
    )
    assert refused.status == 400
    with fake.client() as client:
        kept = client.verify.services.get(service)
    assert kept.passkeys is not None
    assert kept.passkeys["relying_party"]["origins"] is None
