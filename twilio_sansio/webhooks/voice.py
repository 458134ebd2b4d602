"""Voice webhooks: a call's request for TwiML, its status callbacks, recordings, transcriptions.

Parameter names follow Twilio's Voice webhook documentation. Parameters not declared here
(``AddOns``, the ``Caller…``/``Called…`` geographic duplicates, ...) stay readable in
``params``/``raw``/``get()``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from twilio_sansio.core.resources.calls import ENDED_STATUSES, CallStatus
from twilio_sansio.core.resources.recordings import RecordingSource, RecordingStatus
from twilio_sansio.core.resources.transcriptions import TranscriptionStatus
from twilio_sansio.webhooks.event import WebhookEvent
from twilio_sansio.webhooks.values import Address, Sid

__all__ = [
    "CallStatusCallback",
    "IncomingCall",
    "RecordingStatusCallback",
    "TranscriptionCallback",
    "VoiceEvent",
]


@attrs.frozen(kw_only=True)
class VoiceEvent(WebhookEvent):
    """What Twilio sends about a call in every voice webhook.

    Attributes:
        call_sid: The call (``CallSid``, ``CA…``).
        from_: The caller: a :class:`~twilio_sansio.core.phone.PhoneNumber`, or an
            address such as ``client:alice`` or ``sip:alice@example.com`` passed through.
        to: The called party, in the same form.
        caller: The caller under its older name (``Caller``).
        called: The called party under its older name (``Called``).
        call_status: The call's status when Twilio made the request.
        direction: ``inbound``, ``outbound-api`` or ``outbound-dial``.
        api_version: The API version of the request (``2010-04-01``).
        forwarded_from: The number that forwarded the call, when the carrier says.
        caller_name: The caller's name (CNAM lookup), when enabled.
        parent_call_sid: The call that created this one (a ``<Dial>`` leg).
        from_city: Twilio's guess at the caller's city, from the number; often empty.
        from_state: The caller's state or province.
        from_zip: The caller's postal code.
        from_country: The caller's country.
        to_city: The called number's city.
        to_state: Its state or province.
        to_zip: Its postal code.
        to_country: Its country.
    """

    call_sid: Sid
    from_: Address | None = None
    to: Address | None = None
    caller: Address | None = None
    called: Address | None = None
    call_status: CallStatus | None = None
    direction: str | None = None
    api_version: str | None = None
    forwarded_from: Address | None = None
    caller_name: str | None = None
    parent_call_sid: Sid | None = None
    from_city: str | None = None
    from_state: str | None = None
    from_zip: str | None = None
    from_country: str | None = None
    to_city: str | None = None
    to_state: str | None = None
    to_zip: str | None = None
    to_country: str | None = None


@attrs.frozen(kw_only=True)
class IncomingCall(VoiceEvent):
    """A call's request for TwiML: a call coming in (``VoiceUrl``), or a verb's ``action``.

    Answer it with TwiML. After ``<Gather>``, ``<Dial>`` or ``<Record>``, Twilio requests
    the verb's ``action`` URL with the same call parameters plus the verb's results,
    declared here too.

    Attributes:
        call_token: A token to forward the call with its caller ID (``CallToken``).
        stir_verstat: The caller ID's SHAKEN/STIR verification, when the carrier gives it.
        digits: ``<Gather>``: the keys pressed.
        finished_on_key: ``<Gather>``: the key that ended the input.
        speech_result: ``<Gather input="speech">``: what the caller said.
        confidence: ``<Gather>``: the speech recognizer's confidence, 0 to 1.
        dial_call_status: ``<Dial>``: how the dialled call ended.
        dial_call_sid: ``<Dial>``: the dialled call.
        dial_call_duration: ``<Dial>``: how long the dialled call lasted.
        dial_bridged: ``<Dial>``: whether the two calls were connected.
        recording_url: ``<Record>``: where the recording is.
        recording_sid: ``<Record>``: the recording.
        recording_duration: ``<Record>``: how long the recording is.
        answered_by: Answering-machine detection: ``human``, ``machine_start``, ...
    """

    call_token: str | None = None
    stir_verstat: str | None = None
    digits: str | None = None
    finished_on_key: str | None = None
    speech_result: str | None = None
    confidence: float | None = None
    dial_call_status: CallStatus | None = None
    dial_call_sid: Sid | None = None
    dial_call_duration: timedelta | None = None
    dial_bridged: bool | None = None
    recording_url: str | None = None
    recording_sid: Sid | None = None
    recording_duration: timedelta | None = None
    answered_by: str | None = None


@attrs.frozen(kw_only=True)
class CallStatusCallback(VoiceEvent):
    """A call changed status (the call's ``StatusCallback``, for its ``StatusCallbackEvent``).

    Named so as not to collide with the REST enum :class:`CallStatus`, which is the type
    of its ``call_status``. Callbacks of one call may arrive out of order: sort them by
    ``sequence_number``.

    Attributes:
        call_status: The call's new status (required here).
        call_duration: How long the call lasted, once it has ended (``CallDuration``).
        timestamp: When the event happened.
        sequence_number: The callback's rank among this call's callbacks, from 0.
        callback_source: What sent it (``call-progress-events``).
        sip_response_code: The SIP response code of the call, when it has one.
        duration: The call's duration rounded up to minutes, on some callbacks.
        answered_by: Answering-machine detection's result, when it ran.
        machine_detection_duration: How long the detection took.
        recording_url: The call's recording, when it was recorded.
        recording_sid: That recording.
        recording_duration: Its length.
        error_code: Twilio's error code, when the call failed.
    """

    call_status: CallStatus
    call_duration: timedelta | None = None
    timestamp: datetime | None = None
    sequence_number: int | None = None
    callback_source: str | None = None
    sip_response_code: int | None = None
    duration: int | None = None
    answered_by: str | None = None
    machine_detection_duration: int | None = None
    recording_url: str | None = None
    recording_sid: Sid | None = None
    recording_duration: timedelta | None = None
    error_code: int | None = None

    @property
    def ended(self) -> bool:
        """Whether the call reached a status it will not leave (completed, busy, ...)."""
        return str(self.call_status) in ENDED_STATUSES


@attrs.frozen(kw_only=True)
class RecordingStatusCallback(WebhookEvent):
    """A recording changed status (``RecordingStatusCallback``): usually, it is ready.

    Named so as not to collide with the REST enum :class:`RecordingStatus`, which is the
    type of its ``recording_status``.

    Attributes:
        recording_sid: The recording (``RE…``).
        recording_status: ``in-progress``, ``completed``, ``absent`` (nothing was
            recorded) or ``failed``.
        recording_url: Where the recording is (add ``.mp3`` or ``.wav``).
        recording_duration: Its length.
        recording_channels: 1 or 2.
        recording_start_time: When recording began.
        recording_source: What made it (``DialVerb``, ``RecordVerb``, ...).
        recording_track: ``inbound``, ``outbound`` or ``both``.
        call_sid: The call recorded, if a call was.
        conference_sid: The conference recorded, if one was.
        error_code: Twilio's error code, when the recording failed.
    """

    recording_sid: Sid
    recording_status: RecordingStatus
    recording_url: str | None = None
    recording_duration: timedelta | None = None
    recording_channels: int | None = None
    recording_start_time: datetime | None = None
    recording_source: RecordingSource | None = None
    recording_track: str | None = None
    call_sid: Sid | None = None
    conference_sid: Sid | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True)
class TranscriptionCallback(VoiceEvent):
    """A ``<Record transcribe>`` transcription is done (its ``transcribeCallback``).

    Attributes:
        transcription_sid: The transcription (``TR…``).
        transcription_status: ``completed`` or ``failed``.
        transcription_text: The text; empty when it failed.
        transcription_url: The transcription's REST resource.
        recording_sid: The recording transcribed.
        recording_url: Where that recording is.
    """

    transcription_sid: Sid
    transcription_status: TranscriptionStatus
    transcription_text: str | None = None
    transcription_url: str | None = None
    recording_sid: Sid | None = None
    recording_url: str | None = None
