"""Message feedback: the request it builds, the record it parses, the schema it covers."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.message_feedback import FeedbackOutcome, MessageFeedback
from twilio_sansio.core.resources.messages import MessageOperations

ACCOUNT = "AC" + "0" * 32
MESSAGE = "SM" + "1" * 32


def operations() -> MessageOperations:
    credentials = Credentials.from_auth_token(ACCOUNT, "token")
    base = BaseUrls.build("https://api.example.test")
    return MessageOperations(ClientConfig(ACCOUNT, credentials, base, "ua"))


def test_create_feedback_posts_the_outcome() -> None:
    request = operations().create_feedback(MESSAGE, "unconfirmed").request
    assert request.method == "POST"
    assert request.url == (
        f"https://api.example.test/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}/Feedback.json"
    )
    assert request.body == b"Outcome=unconfirmed"
    assert request.header("content-type") == "application/x-www-form-urlencoded"


def test_create_feedback_defaults_to_confirmed() -> None:
    assert operations().create_feedback(MESSAGE).request.body == b"Outcome=confirmed"


@pytest.mark.parametrize(
    ("sid", "outcome"), [("SM123", "confirmed"), (MESSAGE, "maybe"), (MESSAGE, 1)]
)
def test_create_feedback_refuses_bad_input(sid: str, outcome: object) -> None:
    with pytest.raises(InvalidArgument):
        operations().create_feedback(sid, outcome)  # type: ignore[arg-type]


def test_feedback_parses_every_field() -> None:
    body = {
        "account_sid": ACCOUNT,
        "message_sid": MESSAGE,
        "outcome": "confirmed",
        "date_created": "Thu, 26 Nov 2026 18:04:11 +0000",
        "date_updated": "Thu, 26 Nov 2026 18:05:11 +0000",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}/Feedback.json",
    }
    operation = operations().create_feedback(MESSAGE)
    feedback = operation.parse(
        Response(201, (("content-type", "application/json"),), json.dumps(body).encode())
    )
    assert feedback.outcome is FeedbackOutcome.CONFIRMED
    assert feedback.message_sid == MESSAGE
    assert feedback.date_updated == datetime(2026, 11, 26, 18, 5, 11, tzinfo=UTC)
    assert feedback.uri == body["uri"]


def test_feedback_model_covers_the_schema() -> None:
    root = os.environ.get("TWILIO_OAI_DIR")
    folder = Path(root) if root else Path(__file__).resolve().parents[3] / "shared/twilio-oai"
    document = folder / "twilio_api_v2010.json"
    if not document.is_file():
        pytest.skip("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    schemas = json.loads(document.read_text(encoding="utf-8"))["components"]["schemas"]
    properties = schemas["api.v2010.account.message.message_feedback"]["properties"]
    assert set(properties) <= set(MessageFeedback.field_names().values())
    for value in schemas["message_feedback_enum_outcome"]["enum"]:
        assert FeedbackOutcome(value).is_known
