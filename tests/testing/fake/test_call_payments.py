"""Payments of a call on the fake Twilio: start, capture, complete or cancel, errors.

What every session of a call shares (the call must be the account's and in progress; its
sessions end with it) is in ``test_call_sessions.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Through,
    assert_schema,
    error_of,
    run_scenario,
    send,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import calls
from twilio_sansio.testing.fake.resources.call_payments import CALL_PAYMENTS

CALLBACK = "https://example.com/pay"


def test_a_payment_is_started_captured_and_completed(through: Through) -> None:
    store = through.fake.store
    call = calls.seed_call(store, through.fake.account_sid)

    async def scenario(client: Any) -> Any:
        ops = client.call_payments
        started = await settle(
            ops.create(
                call["sid"], "k1", CALLBACK, charge_amount="9.99", payment_method="credit-card"
            )
        )
        again = await settle(ops.create(call["sid"], "k1", CALLBACK))
        card = await settle(
            ops.update(call["sid"], started.sid, "k2", CALLBACK, capture="payment-card-number")
        )
        done = await settle(ops.update(call["sid"], started.sid, "k3", CALLBACK, status="complete"))
        return started, again, card, done

    started, again, card, done = run_scenario(through, scenario)
    assert started.sid.startswith("PK")
    assert (started.call_sid, started.account_sid) == (call["sid"], through.fake.account_sid)
    assert started.uri.endswith(f"/Calls/{call['sid']}/Payments/{started.sid}.json")
    assert again.sid == card.sid == done.sid == started.sid
    stored = store.get(CALL_PAYMENTS, started.sid)
    assert stored is not None
    assert (stored["_captures"], stored["_status"]) == (["payment-card-number"], "complete")
    assert ("ChargeAmount", "9.99") in stored["_form"]


def test_the_fake_answers_the_documented_fields(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    form = {"IdempotencyKey": "k", "StatusCallback": CALLBACK}
    status, body = send(fake, "POST", f"/Calls/{call['sid']}/Payments.json", form)
    assert status == 201
    assert_schema("api.v2010.account.call.payments", body)
    path = f"/Calls/{call['sid']}/Payments/{body['sid']}.json"
    status, body = send(fake, "POST", path, {**form, "Status": "cancel"})
    assert status == 202
    assert_schema("api.v2010.account.call.payments", body)


def test_an_ended_payment_takes_no_more_updates(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        payment = client.call_payments.create(call["sid"], "k1", CALLBACK)
        client.call_payments.update(call["sid"], payment.sid, "k2", CALLBACK, status="cancel")
        with pytest.raises(APIError) as caught:
            client.call_payments.update(
                call["sid"], payment.sid, "k3", CALLBACK, capture="security-code"
            )
    assert (caught.value.status, caught.value.code) == (400, 21220)


def test_updates_of_an_unknown_session_are_20404(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    other = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        payment = client.call_payments.create(call["sid"], "k1", CALLBACK)
        for call_sid, sid in ((other["sid"], payment.sid), (call["sid"], "PK" + "0" * 32)):
            with pytest.raises(APIError) as caught:
                client.call_payments.update(call_sid, sid, "k2", CALLBACK, status="cancel")
            assert (caught.value.status, caught.value.code) == (404, 20404)


KEYED = {"IdempotencyKey": "k", "StatusCallback": CALLBACK}


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"StatusCallback": CALLBACK}, 20001),
        ({"IdempotencyKey": "k"}, 20001),
        ({**KEYED, "PaymentMethod": "cash"}, 21200),
        ({**KEYED, "ChargeAmount": "-1"}, 21200),
        ({**KEYED, "ChargeAmount": "lots"}, 21200),
        ({**KEYED, "Timeout": "601"}, 21200),
        ({**KEYED, "PostalCode": "maybe"}, 21200),
        ({**KEYED, "Confirmation": "yes"}, 21200),
    ],
)
def test_bad_start_parameters_are_400(fake: FakeTwilio, form: dict[str, str], code: int) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    assert error_of(send(fake, "POST", f"/Calls/{call['sid']}/Payments.json", form)) == (400, code)


@pytest.mark.parametrize(
    "form",
    [{}, {"Capture": "pin"}, {"Status": "done"}, {"Capture": "postal-code", "Status": "cancel"}],
)
def test_an_update_needs_one_known_capture_or_status(
    fake: FakeTwilio, form: dict[str, str]
) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    base = {"IdempotencyKey": "k", "StatusCallback": CALLBACK}
    _, body = send(fake, "POST", f"/Calls/{call['sid']}/Payments.json", base)
    path = f"/Calls/{call['sid']}/Payments/{body['sid']}.json"
    assert error_of(send(fake, "POST", path, {**base, **form})) == (400, 21200)
