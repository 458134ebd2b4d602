"""Message feedback: the request it builds, the record it parses, the schema it covers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_enum_covers,
    assert_model_covers,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.message_feedback import FeedbackOutcome, MessageFeedback
from twilio_sansio.core.resources.messages import MessageOperations

MESSAGE = "SM" + "1" * 32


def operations() -> MessageOperations:
    return MessageOperations(make_config())


def test_create_feedback_posts_the_outcome() -> None:
    request = operations().create_feedback(MESSAGE, "unconfirmed").request
    assert request.method == "POST"
    assert request.url == f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}/Feedback.json"
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
    feedback = operation.parse(json_response(body, 201))
    assert feedback.outcome is FeedbackOutcome.CONFIRMED
    assert feedback.message_sid == MESSAGE
    assert feedback.date_updated == datetime(2026, 11, 26, 18, 5, 11, tzinfo=UTC)
    assert feedback.uri == body["uri"]


def test_feedback_model_covers_the_schema() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.message.message_feedback", MessageFeedback)
    assert_enum_covers(schemas, "message_feedback_enum_outcome", FeedbackOutcome)
