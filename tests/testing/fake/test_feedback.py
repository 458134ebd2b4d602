"""Message feedback on the fake Twilio."""

from __future__ import annotations

from typing import Any

from tests.core._support import openapi_schemas
from tests.testing.fake._support import RECIPIENT, SENDER, Through, json_of, send_raw
from twilio_sansio.testing.fake import FakeTwilio


def _send(fake: FakeTwilio) -> str:
    with fake.client() as client:
        return str(client.messages.send_message(SENDER, RECIPIENT, "hi").sid)


def test_feedback_is_recorded_and_can_change(through: Through) -> None:
    sid = _send(through.fake)

    def scenario(client: Any) -> Any:
        if through.is_async:

            async def run() -> Any:
                first = await client.messages.create_feedback(sid, "unconfirmed")
                second = await client.messages.create_feedback(sid, "confirmed")
                return first, second

            return run()
        return (
            client.messages.create_feedback(sid, "unconfirmed"),
            client.messages.create_feedback(sid, "confirmed"),
        )

    first, second = through.run(scenario)
    assert (first.message_sid, first.outcome) == (sid, "unconfirmed")
    assert first.account_sid == through.fake.account_sid
    assert first.uri.endswith(f"/Messages/{sid}/Feedback.json")
    assert second.outcome == "confirmed"
    assert second.date_created == first.date_created


def test_feedback_on_an_unknown_message_is_404(fake: FakeTwilio) -> None:
    response = send_raw(
        fake, "POST", f"/Messages/SM{'0' * 32}/Feedback.json", {"Outcome": "confirmed"}
    )
    assert (response.status, json_of(response)["code"]) == (404, 20404)


def test_an_unknown_outcome_is_400(fake: FakeTwilio) -> None:
    sid = _send(fake)
    response = send_raw(fake, "POST", f"/Messages/{sid}/Feedback.json", {"Outcome": "delighted"})
    assert (response.status, json_of(response)["code"]) == (400, 21200)


def test_another_accounts_message_takes_no_feedback(fake: FakeTwilio) -> None:
    sid = _send(fake)
    fake.store.table("messages")[sid]["account_sid"] = "AC" + "3" * 32
    response = send_raw(fake, "POST", f"/Messages/{sid}/Feedback.json", {"Outcome": "confirmed"})
    assert response.status == 404


def test_every_schema_property_is_present(fake: FakeTwilio) -> None:
    schemas = openapi_schemas()
    sid = _send(fake)
    payload = json_of(
        send_raw(fake, "POST", f"/Messages/{sid}/Feedback.json", {"Outcome": "confirmed"})
    )
    schema = "api.v2010.account.message.message_feedback"
    missing = set(schemas[schema]["properties"]) - set(payload)
    assert not missing, f"the fake's {schema} lacks {sorted(missing)}"
