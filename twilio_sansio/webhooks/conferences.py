"""Conference webhooks: the status callbacks of a conference and its participants."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.resources.conferences import ConferenceEndReason
from twilio_sansio.webhooks.event import WebhookEvent
from twilio_sansio.webhooks.values import Sid

__all__ = ["ConferenceEvent", "ConferenceStatusCallback"]


class ConferenceEvent(OpenStrEnum):
    """What happened in a conference (``StatusCallbackEvent``); new events are kept."""

    CONFERENCE_START = "conference-start"
    CONFERENCE_END = "conference-end"
    PARTICIPANT_JOIN = "participant-join"
    PARTICIPANT_LEAVE = "participant-leave"
    PARTICIPANT_MUTE = "participant-mute"
    PARTICIPANT_UNMUTE = "participant-unmute"
    PARTICIPANT_HOLD = "participant-hold"
    PARTICIPANT_UNHOLD = "participant-unhold"
    PARTICIPANT_MODIFY = "participant-modify"
    PARTICIPANT_SPEECH_START = "participant-speech-start"
    PARTICIPANT_SPEECH_STOP = "participant-speech-stop"
    ANNOUNCEMENT_END = "announcement-end"
    ANNOUNCEMENT_FAIL = "announcement-fail"


@attrs.frozen(kw_only=True)
class ConferenceStatusCallback(WebhookEvent):
    """A conference or one of its participants changed (``statusCallback`` of ``<Conference>``).

    Named so as not to collide with the REST enum
    :class:`~twilio_sansio.core.resources.conferences.ConferenceStatus`. Callbacks
    may arrive out of order: sort them by ``sequence_number``.

    Attributes:
        conference_sid: The conference (``CF…``).
        status_callback_event: What happened.
        friendly_name: The conference's name, as given to ``<Conference>``.
        timestamp: When it happened.
        sequence_number: The callback's rank among this conference's callbacks.
        call_sid: The participant's call, for a participant event.
        participant_label: The participant's label, if it has one.
        muted: Whether the participant is muted.
        hold: Whether the participant is on hold.
        coaching: Whether the participant is coaching another.
        end_conference_on_exit: Whether the conference ends when this participant leaves.
        start_conference_on_enter: Whether the conference starts when it joins.
        reason: Why the event happened, in Twilio's words.
        reason_conference_ended: Why the conference ended (``conference-end``).
        call_sid_ending_conference: The call whose leaving ended it.
        participant_label_ending_conference: That participant's label.
        participant_call_status: The participant's call status, on some events.
    """

    conference_sid: Sid
    status_callback_event: ConferenceEvent
    friendly_name: str | None = None
    timestamp: datetime | None = None
    sequence_number: int | None = None
    call_sid: Sid | None = None
    participant_label: str | None = None
    muted: bool | None = None
    hold: bool | None = None
    coaching: bool | None = None
    end_conference_on_exit: bool | None = None
    start_conference_on_enter: bool | None = None
    reason: str | None = None
    reason_conference_ended: ConferenceEndReason | None = None
    call_sid_ending_conference: Sid | None = None
    participant_label_ending_conference: str | None = None
    participant_call_status: str | None = None
