"""Real-time transcriptions of a call: every operation's request, the model, bad input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    WHEN,
    WHEN_DT,
    assert_enum_covers,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from tests.core.resources.test_calls import CALL, CALLS
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources._call_media import MediaTrack
from twilio_sansio.core.resources.call_transcriptions import (
    CallTranscriptionOperations,
    RealtimeTranscription,
    RealtimeTranscriptionStatus,
)

TRANSCRIPTION = "GT" + "a" * 32
TRANSCRIPTIONS = f"{CALLS}/{CALL}/Transcriptions"


def transcriptions() -> CallTranscriptionOperations:
    return CallTranscriptionOperations(make_config())


def test_create_without_arguments_sends_an_empty_form() -> None:
    assert_request(transcriptions().create(CALL).request, "POST", f"{TRANSCRIPTIONS}.json")


def test_create_sends_every_documented_parameter() -> None:
    operation = transcriptions().create(
        CALL,
        name="notes",
        track=MediaTrack.INBOUND_TRACK,
        status_callback_url="https://cb.example.com/t",
        status_callback_method="post",
        inbound_track_label="caller",
        outbound_track_label="agent",
        partial_results=True,
        language_code="en-US",
        transcription_engine="google",
        profanity_filter=False,
        speech_model="telephony",
        hints="Twilio, sans-io",
        enable_automatic_punctuation=True,
        intelligence_service="GA" + "b" * 32,
        conversation_configuration="cc",
        conversation_id="ci",
        configuration_id="cf",
        enable_provider_data=False,
        Extra="x",
    )
    assert_request(
        operation.request,
        "POST",
        f"{TRANSCRIPTIONS}.json",
        b"Name=notes&Track=inbound_track&StatusCallbackUrl=https%3A%2F%2Fcb.example.com%2Ft"
        b"&StatusCallbackMethod=POST&InboundTrackLabel=caller&OutboundTrackLabel=agent"
        b"&PartialResults=true&LanguageCode=en-US&TranscriptionEngine=google"
        b"&ProfanityFilter=false&SpeechModel=telephony&Hints=Twilio%2C%20sans-io"
        b"&EnableAutomaticPunctuation=true&IntelligenceService=GA" + b"b" * 32 + b""
        b"&ConversationConfiguration=cc&ConversationId=ci&ConfigurationId=cf"
        b"&EnableProviderData=false&Extra=x",
    )


@pytest.mark.parametrize(
    "arguments",
    [
        {"track": "both"},
        {"status_callback_url": "/relative"},
        {"status_callback_method": "DELETE"},
        {"partial_results": "true"},
        {"profanity_filter": 1},
        {"language_code": ""},
        {"hints": ["a", "b"]},
    ],
)
def test_create_refuses_bad_arguments(arguments: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        transcriptions().create(CALL, **arguments)


FULL: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "call_sid": CALL,
    "sid": TRANSCRIPTION,
    "name": "notes",
    "status": "stopped",
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Transcriptions/{TRANSCRIPTION}.json",
}


def test_every_transcription_field_is_converted() -> None:
    transcription = transcriptions().stop(CALL, "notes").parse(json_response(FULL))
    assert isinstance(transcription, RealtimeTranscription)
    assert transcription.to_dict() == {
        "sid": TRANSCRIPTION,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "name": "notes",
        "status": RealtimeTranscriptionStatus.STOPPED,
        "date_updated": WHEN_DT,
        "uri": FULL["uri"],
    }


def test_realtime_transcription_model_and_enums_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(
        schemas, "api.v2010.account.call.realtime_transcription", RealtimeTranscription
    )
    assert_enum_covers(schemas, "realtime_transcription_enum_status", RealtimeTranscriptionStatus)
    assert_enum_covers(schemas, "realtime_transcription_enum_track", MediaTrack)
