"""Message feedback on the fake Twilio."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import urlencode

from tests.core._support import openapi_schemas
from tests.testing.fake._support import Through
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing.fake import FakeTwilio

SENDER = "+15005550006"
RECIPIENT = "+14155550100"


def _post(fake: FakeTwilio, path: str, form: dict[str, str]) -> Response:
    credentials = f"{fake.account_sid}:{fake.auth_token}".encode()
    headers = [
        ("authorization", "Basic " + base64.b64encode(credentials).decode()),
        ("content-type", "application/x-www-form-urlencoded"),
    ]
    url = f"https://api.twilio.com/2010-04-01/Accounts/{fake.account_sid}{path}"
    answer = fake.handle(Request("POST", url, headers, urlencode(form).encode()))
    assert isinstance(answer, Response)
    return answer


def _json(response: Response) -> Any:
    return json.loads(response.body)


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
    response = _post(fake, f"/Messages/SM{'0' * 32}/Feedback.json", {"Outcome": "confirmed"})
    assert (response.status, _json(response)["code"]) == (404, 20404)


def test_an_unknown_outcome_is_400(fake: FakeTwilio) -> None:
    sid = _send(fake)
    response = _post(fake, f"/Messages/{sid}/Feedback.json", {"Outcome": "delighted"})
    assert (response.status, _json(response)["code"]) == (400, 21200)


def test_another_accounts_message_takes_no_feedback(fake: FakeTwilio) -> None:
    sid = _send(fake)
    fake.store.table("messages")[sid]["account_sid"] = "AC" + "3" * 32
    response = _post(fake, f"/Messages/{sid}/Feedback.json", {"Outcome": "confirmed"})
    assert response.status == 404


def test_every_schema_property_is_present(fake: FakeTwilio) -> None:
    schemas = openapi_schemas()
    sid = _send(fake)
    payload = _json(_post(fake, f"/Messages/{sid}/Feedback.json", {"Outcome": "confirmed"}))
    schema = "api.v2010.account.message.message_feedback"
    missing = set(schemas[schema]["properties"]) - set(payload)
    assert not missing, f"the fake's {schema} lacks {sorted(missing)}"
