"""Message feedback (API 2010): telling Twilio whether a message reached its reader."""

from __future__ import annotations

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import path_segment
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Choice, Record, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import account_path, post
from twilio_sansio.core.validation import check_sid


class FeedbackOutcome(OpenStrEnum):
    """Whether the recipient did what the message asked (confirmed) or not (unconfirmed)."""

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


class MessageFeedback(Record):
    """The feedback recorded for one message."""

    __slots__ = ()

    account_sid = Text()
    message_sid = Text()
    outcome = Choice(FeedbackOutcome)
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


def create_feedback(
    config: ClientConfig, message_sid: str, outcome: FeedbackOutcome | str
) -> Operation[MessageFeedback]:
    """Build the operation that reports a message's outcome.

    Twilio only accepts feedback for messages sent with ``ProvideFeedback=true``.

    Raises:
        InvalidArgument: the SID is malformed or the outcome is not one Twilio knows.
    """
    check_sid("message_sid", message_sid, "SM", "MM")
    if not isinstance(outcome, str) or not FeedbackOutcome(outcome).is_known:
        raise InvalidArgument(f"outcome must be 'confirmed' or 'unconfirmed', not {outcome!r}")
    path = account_path(config, "Messages", path_segment("message_sid", message_sid), "Feedback")
    return post(config, path, {"Outcome": str(outcome)}, MessageFeedback.from_json)
