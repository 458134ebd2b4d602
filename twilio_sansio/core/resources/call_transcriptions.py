"""Real-time transcriptions of a call (API 2010): ``Calls/{CallSid}/Transcriptions``.

Twilio transcribes a call in progress as it goes and posts the text to a callback URL;
a transcription is stopped by its SID or by the name it was given. These are not the
transcriptions of finished recordings (``client.transcriptions``).
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Choice, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._call_media import (
    CallMediaOperations,
    MediaTrack,
    check_callback_method,
    check_choice,
    optional_url,
)
from twilio_sansio.core.validation import check_flag, optional_text

REALTIME_TRANSCRIPTION_SID_PREFIX = "GT"


class RealtimeTranscriptionStatus(OpenStrEnum):
    """Whether a real-time transcription is running (``in-progress``) or ``stopped``."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class RealtimeTranscription(Record):
    """A real-time transcription (``GT…``) of a call, as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    name = Text()
    status = Choice(RealtimeTranscriptionStatus)
    date_updated = Timestamp()
    uri = Text()


class CallTranscriptionOperations(
    CallMediaOperations["CallTranscriptionOperations", RealtimeTranscription]
):
    """Builds the operations on the real-time transcriptions of a call."""

    __slots__ = ()

    model = RealtimeTranscription
    segment = "Transcriptions"
    sid_prefix = REALTIME_TRANSCRIPTION_SID_PREFIX

    def create(
        self,
        /,
        call_sid: str,
        *,
        name: str | None = None,
        track: MediaTrack | str | None = None,
        status_callback_url: str | None = None,
        status_callback_method: str | None = None,
        inbound_track_label: str | None = None,
        outbound_track_label: str | None = None,
        partial_results: bool | None = None,
        language_code: str | None = None,
        transcription_engine: str | None = None,
        profanity_filter: bool | None = None,
        speech_model: str | None = None,
        hints: str | None = None,
        enable_automatic_punctuation: bool | None = None,
        intelligence_service: str | None = None,
        conversation_configuration: str | None = None,
        conversation_id: str | None = None,
        configuration_id: str | None = None,
        enable_provider_data: bool | None = None,
        **params: ParamValue,
    ) -> Operation[RealtimeTranscription]:
        """Start transcribing a call in progress.

        Args:
            call_sid: The call (``CA…``), which must be in progress.
            name: A name, unique on the call, to stop the transcription by.
            track: Which audio to transcribe: ``inbound_track``, ``outbound_track`` or
                ``both_tracks``.
            status_callback_url: The absolute http(s) URL Twilio posts the text and the
                transcription's events to.
            status_callback_method: ``"GET"`` or ``"POST"`` for it.
            inbound_track_label: A label for the inbound track's speaker.
            outbound_track_label: A label for the outbound track's speaker.
            partial_results: Whether partial (interim) results are sent too.
            language_code: The language, in BCP-47 (``"en-US"``).
            transcription_engine: The engine, among those Twilio supports (``"google"``).
            profanity_filter: Whether profanities are masked.
            speech_model: The engine's recognition model.
            hints: Words and phrases the engine should expect.
            enable_automatic_punctuation: Whether the engine adds punctuation.
            intelligence_service: The SID or unique name of an Intelligence Service that
                keeps the transcript.
            conversation_configuration: The Intelligence Service's conversation
                configuration.
            conversation_id: An Intelligence Service conversation to add this to.
            configuration_id: A real-time transcription configuration to apply.
            enable_provider_data: Whether callbacks include the provider's raw data.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that starts the transcription and parses the new
            :class:`RealtimeTranscription`.

        Raises:
            InvalidArgument: an argument is malformed or not one Twilio accepts.
        """
        path = self._path(call_sid)
        form: dict[str, ParamValue] = {
            "Name": optional_text("name", name),
            "Track": check_choice("track", track, MediaTrack),
            "StatusCallbackUrl": optional_url(
                "status_callback_url", status_callback_url, "https", "http"
            ),
            "StatusCallbackMethod": check_callback_method(
                "status_callback_method", status_callback_method
            ),
            "InboundTrackLabel": optional_text("inbound_track_label", inbound_track_label),
            "OutboundTrackLabel": optional_text("outbound_track_label", outbound_track_label),
            "PartialResults": check_flag("partial_results", partial_results),
            "LanguageCode": optional_text("language_code", language_code),
            "TranscriptionEngine": optional_text("transcription_engine", transcription_engine),
            "ProfanityFilter": check_flag("profanity_filter", profanity_filter),
            "SpeechModel": optional_text("speech_model", speech_model),
            "Hints": optional_text("hints", hints),
            "EnableAutomaticPunctuation": check_flag(
                "enable_automatic_punctuation", enable_automatic_punctuation
            ),
            "IntelligenceService": optional_text("intelligence_service", intelligence_service),
            "ConversationConfiguration": optional_text(
                "conversation_configuration", conversation_configuration
            ),
            "ConversationId": optional_text("conversation_id", conversation_id),
            "ConfigurationId": optional_text("configuration_id", configuration_id),
            "EnableProviderData": check_flag("enable_provider_data", enable_provider_data),
            **params,
        }
        return self._send(path, form)
