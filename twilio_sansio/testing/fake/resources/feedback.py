"""Message feedback: whether a message's recipient did what it asked.

``POST /Messages/{MessageSid}/Feedback.json`` records the outcome of a message of the
account; posting again changes it. The fake does not know whether the message was sent
with ``ProvideFeedback=true`` (the messages resource keeps no such flag), so it takes
feedback for any message of the account.
"""

from __future__ import annotations

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_path,
    answer_record,
    named_record,
    stamp,
    touch,
)
from twilio_sansio.testing.fake.resources.messages import MESSAGES
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import Incoming, invalid_parameter

FEEDBACK = "message_feedback"
"""The table of feedback, one record per message (keyed by the message's SID)."""

OUTCOMES = ("confirmed", "unconfirmed")


def record_feedback(store: FakeStore, message: Record, outcome: str) -> Record:
    """Set the feedback of ``message`` to ``outcome``, creating it on first use.

    Args:
        store: The fake's state.
        message: The message's record.
        outcome: ``"confirmed"`` or ``"unconfirmed"``.

    Returns:
        The feedback's record.

    Raises:
        ValueError: ``outcome`` is not one Twilio knows.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    existing = store.get(FEEDBACK, message["sid"])
    if existing is not None:
        existing["outcome"] = outcome
        touch(existing, store)
        return existing
    now = stamp(store)
    path = f"/Messages/{message['sid']}/Feedback.json"
    return store.insert(
        FEEDBACK,
        message["sid"],
        {
            "account_sid": message["account_sid"],
            "date_created": now,
            "date_updated": now,
            "message_sid": message["sid"],
            "outcome": outcome,
            "uri": account_path(message["account_sid"], path),
        },
    )


routes = Resource(ACCOUNT + "/Messages/{MessageSid}/Feedback")


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Messages/{MessageSid}/Feedback.json (``Outcome`` defaults to confirmed)."""
    message = named_record(incoming, MESSAGES, "MessageSid")
    outcome = incoming.value("Outcome") or "confirmed"
    if outcome not in OUTCOMES:
        raise invalid_parameter(f"Outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    return answer_record(record_feedback(incoming.store, message, outcome))


ROUTES = (routes,)
"""The message feedback route."""
