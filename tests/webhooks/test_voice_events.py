"""Voice and conference webhooks, read from realistic parameter sets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.webhooks import _samples as s
from twilio_sansio.core.phone import PhoneNumber
from twilio_sansio.models import (
    CallStatus,
    ConferenceEndReason,
    RecordingSource,
    RecordingStatus,
    TranscriptionStatus,
)
from twilio_sansio.webhooks import (
    CallStatusCallback,
    ConferenceEvent,
    ConferenceStatusCallback,
    IncomingCall,
    MalformedParameter,
    MissingParameter,
    RecordingStatusCallback,
    TranscriptionCallback,
    VoiceEvent,
)


def test_incoming_call_reads_the_call_and_its_parties() -> None:
    event = IncomingCall.from_params(s.INCOMING_CALL)

    assert event.call_sid == s.CALL
    assert event.account_sid == s.ACCOUNT
    assert event.call_status is CallStatus.RINGING
    assert event.direction == "inbound"
    assert event.api_version == "2010-04-01"
    assert isinstance(event.from_, PhoneNumber)
    assert (event.from_, event.to, event.caller, event.called) == (
        s.ALICE,
        s.OUR_NUMBER,
        s.ALICE,
        s.OUR_NUMBER,
    )
    assert event.stir_verstat == "TN-Validation-Passed-A"
    assert event.call_token == s.INCOMING_CALL["CallToken"]
    assert (event.from_city, event.to_country) == ("SAN FRANCISCO", "US")
    assert event.get("CallerCity") == "SAN FRANCISCO"


def test_client_and_sip_addresses_pass_through() -> None:
    event = IncomingCall.from_params(s.CLIENT_CALL)

    assert event.from_ == "client:alice"
    assert event.to == "sip:bob@example.sip.twilio.com"
    assert event.called is None
    assert event.get("ApplicationSid") == s.CLIENT_CALL["ApplicationSid"]


@pytest.mark.parametrize("caller", ["anonymous", "+266696687", "+1000"])
def test_a_caller_id_no_numbering_plan_knows_is_kept_as_sent(caller: str) -> None:
    event = IncomingCall.from_params({**s.INCOMING_CALL, "From": caller})

    assert event.from_ == caller
    assert not isinstance(event.from_, PhoneNumber)


def test_gather_digits_and_speech_are_read() -> None:
    digits = IncomingCall.from_params(s.GATHER_DIGITS)
    speech = IncomingCall.from_params(s.GATHER_SPEECH)

    assert (digits.digits, digits.finished_on_key) == ("1234", "#")
    assert speech.speech_result == "Check my order status."
    assert speech.confidence == pytest.approx(0.9217)
    assert speech.digits is None


def test_a_digit_string_keeps_its_leading_zeros() -> None:
    assert IncomingCall.from_params({**s.INCOMING_CALL, "Digits": "0042"}).digits == "0042"


@pytest.mark.parametrize("confidence", ["high", "nan", "inf", "1e999"])
def test_a_confidence_that_is_not_a_finite_number_is_malformed(confidence: str) -> None:
    with pytest.raises(MalformedParameter) as raised:
        IncomingCall.from_params({**s.GATHER_SPEECH, "Confidence": confidence})
    assert raised.value.parameter == "Confidence"


def test_dial_action_results_are_typed() -> None:
    event = IncomingCall.from_params(s.DIAL_ACTION)

    assert event.dial_call_status is CallStatus.COMPLETED
    assert event.dial_call_sid == s.DIALLED
    assert event.dial_call_duration == timedelta(seconds=42)
    assert event.dial_bridged is True


def test_a_completed_call_status_callback_has_duration_time_and_sequence() -> None:
    event = CallStatusCallback.from_params(s.CALL_COMPLETED)

    assert event.call_status is CallStatus.COMPLETED
    assert event.ended
    assert event.call_duration == timedelta(seconds=42)
    assert event.timestamp == datetime(2010, 8, 16, 3, 45, 1, tzinfo=UTC)
    assert event.sequence_number == 3
    assert event.callback_source == "call-progress-events"
    assert event.sip_response_code == 200
    assert event.duration == 1


def test_a_ringing_status_callback_has_not_ended() -> None:
    params = {**s.CALL_COMPLETED, "CallStatus": "ringing", "CallDuration": ""}

    event = CallStatusCallback.from_params(params)
    assert not event.ended
    assert event.call_duration is None


def test_a_status_callback_needs_its_status() -> None:
    params = {k: v for k, v in s.CALL_COMPLETED.items() if k != "CallStatus"}

    with pytest.raises(MissingParameter, match="CallStatus"):
        CallStatusCallback.from_params(params)


def test_an_unreadable_timestamp_is_malformed() -> None:
    with pytest.raises(MalformedParameter) as raised:
        CallStatusCallback.from_params({**s.CALL_COMPLETED, "Timestamp": "yesterday"})
    assert raised.value.parameter == "Timestamp"


def test_call_events_are_distinct_kinds_of_one_base() -> None:
    incoming = IncomingCall.from_params(s.INCOMING_CALL)
    status = CallStatusCallback.from_params(s.CALL_COMPLETED)

    assert isinstance(incoming, VoiceEvent)
    assert isinstance(status, VoiceEvent)
    assert not isinstance(status, IncomingCall)


def test_a_recording_status_callback_is_typed() -> None:
    event = RecordingStatusCallback.from_params(s.RECORDING_COMPLETED)

    assert event.recording_sid == s.RECORDING
    assert event.recording_status is RecordingStatus.COMPLETED
    assert event.recording_source is RecordingSource.RECORD_VERB
    assert event.recording_duration == timedelta(seconds=13)
    assert event.recording_channels == 1
    assert event.recording_start_time == datetime(2022, 8, 22, 18, 25, 12, tzinfo=UTC)
    assert event.call_sid == s.CALL
    assert event.error_code == 0
    assert event.recording_url is not None
    assert event.recording_url.endswith(s.RECORDING)


def test_an_absent_recording_is_a_status_like_another() -> None:
    event = RecordingStatusCallback.from_params(
        {**s.RECORDING_COMPLETED, "RecordingStatus": "absent", "RecordingDuration": "0"}
    )

    assert event.recording_status is RecordingStatus.ABSENT
    assert event.recording_duration == timedelta(0)


def test_a_transcription_callback_is_typed() -> None:
    event = TranscriptionCallback.from_params(s.TRANSCRIPTION_COMPLETED)

    assert event.transcription_sid == s.TRANSCRIPTION
    assert event.transcription_status is TranscriptionStatus.COMPLETED
    assert event.transcription_text == "Please call me back about my order."
    assert event.recording_sid == s.RECORDING
    assert event.call_status is CallStatus.COMPLETED
    assert event.forwarded_from is None


def test_a_participant_join_is_typed() -> None:
    event = ConferenceStatusCallback.from_params(s.PARTICIPANT_JOINED)

    assert event.conference_sid == s.CONFERENCE
    assert event.status_callback_event is ConferenceEvent.PARTICIPANT_JOIN
    assert event.friendly_name == "standup"
    assert event.sequence_number == 2
    assert event.timestamp == datetime(2020, 1, 24, 23, 29, 52, tzinfo=UTC)
    assert event.call_sid == s.CALL
    assert (event.muted, event.hold, event.coaching) == (False, False, False)
    assert (event.start_conference_on_enter, event.end_conference_on_exit) == (True, False)


def test_a_conference_end_says_why() -> None:
    event = ConferenceStatusCallback.from_params(s.CONFERENCE_ENDED)

    assert event.status_callback_event is ConferenceEvent.CONFERENCE_END
    assert event.reason_conference_ended is ConferenceEndReason.LAST_PARTICIPANT_LEFT
    assert event.call_sid_ending_conference == s.CALL
    assert event.reason == "Participant left the conference"


def test_booleans_are_read_in_any_case_but_nothing_else_is_a_boolean() -> None:
    assert ConferenceStatusCallback.from_params({**s.PARTICIPANT_JOINED, "Muted": "True"}).muted

    with pytest.raises(MalformedParameter) as raised:
        ConferenceStatusCallback.from_params({**s.PARTICIPANT_JOINED, "Muted": "1"})
    assert raised.value.parameter == "Muted"


def test_a_conference_event_twilio_adds_later_is_kept() -> None:
    event = ConferenceStatusCallback.from_params(
        {**s.PARTICIPANT_JOINED, "StatusCallbackEvent": "participant-wave"}
    )

    assert event.status_callback_event == "participant-wave"
    assert not event.status_callback_event.is_known
