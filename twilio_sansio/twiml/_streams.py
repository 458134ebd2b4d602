"""``<Start>`` and ``<Stop>``: fork the call's audio while the call goes on.

Their nouns: ``<Stream>`` (to a WebSocket), ``<Siprec>`` (to a SIPREC recorder),
``<Transcription>`` (real-time transcripts) and, under ``<Start>``, ``<Recording>``.
``<Stream>`` is also what ``<Connect>`` holds for a bidirectional stream.
"""

from __future__ import annotations

from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._parameters import Config, Parameter
from twilio_sansio.twiml._types import (
    HttpMethod,
    RecordingChannels,
    RecordingEvents,
    RecordingTrack,
    StreamTrack,
    Trim,
    Words,
)


class Stream(Container["Parameter"]):
    """``<Stream>``: send the call's audio to a WebSocket, with custom parameters.

    Args:
        name: a name to stop the stream by.
        connector_name: the Stream Connector's unique name, instead of ``url``.
        url: the ``wss://`` URL that receives the audio.
        track: the tracks to send (``<Connect>`` streams only ``inbound_track``).
        status_callback: the URL that receives stream events.
        status_callback_method: how ``status_callback`` is requested.
        audio_format: the audio encoding sent.
        sample_rate: the audio sample rate (HD codecs).
    """

    tag = "Stream"
    __slots__ = ()

    parameter = adds(Parameter)

    def __init__(
        self,
        *,
        name: str | None = None,
        connector_name: str | None = None,
        url: str | None = None,
        track: StreamTrack | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        audio_format: str | None = None,
        sample_rate: int | None = None,
    ) -> None:
        super().__init__(
            name=name,
            connector_name=connector_name,
            url=url,
            track=track,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            audio_format=audio_format,
            sample_rate=sample_rate,
        )


class Siprec(Container["Parameter"]):
    """``<Siprec>``: send the call's audio to a SIPREC recorder through a connector.

    Args:
        name: a name to stop the session by.
        connector_name: the SIPREC Connector's unique name.
        track: the tracks to send.
        status_callback: the URL that receives session events.
        status_callback_method: how ``status_callback`` is requested.
    """

    tag = "Siprec"
    __slots__ = ()

    parameter = adds(Parameter)

    def __init__(
        self,
        *,
        name: str | None = None,
        connector_name: str | None = None,
        track: StreamTrack | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
    ) -> None:
        super().__init__(
            name=name,
            connector_name=connector_name,
            track=track,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
        )


class Transcription(Container["TranscriptionChild"]):
    """``<Transcription>``: transcribe the call in real time.

    Args:
        name: a name to stop the transcription by.
        track: the tracks to transcribe.
        status_callback_url: the URL that receives the transcripts.
        status_callback_method: how ``status_callback_url`` is requested.
        inbound_track_label: a label for the inbound speaker.
        outbound_track_label: a label for the outbound speaker.
        partial_results: send partial results too.
        language_code: the language spoken (``en-US``).
        transcription_engine: the engine (``google``, ``deepgram``).
        profanity_filter: mask profanities.
        speech_model: the engine's speech model.
        hints: words and phrases likely to be said.
        enable_automatic_punctuation: punctuate the transcripts.
        intelligence_service: the Conversational Intelligence service's SID or unique name.
    """

    tag = "Transcription"
    __slots__ = ()

    config = adds(Config)
    parameter = adds(Parameter)

    def __init__(
        self,
        *,
        name: str | None = None,
        track: StreamTrack | None = None,
        status_callback_url: str | None = None,
        status_callback_method: HttpMethod | None = None,
        inbound_track_label: str | None = None,
        outbound_track_label: str | None = None,
        partial_results: bool | None = None,
        language_code: str | None = None,
        transcription_engine: str | None = None,
        profanity_filter: bool | None = None,
        speech_model: str | None = None,
        hints: Words | None = None,
        enable_automatic_punctuation: bool | None = None,
        intelligence_service: str | None = None,
    ) -> None:
        super().__init__(
            name=name,
            track=track,
            status_callback_url=status_callback_url,
            status_callback_method=status_callback_method,
            inbound_track_label=inbound_track_label,
            outbound_track_label=outbound_track_label,
            partial_results=partial_results,
            language_code=language_code,
            transcription_engine=transcription_engine,
            profanity_filter=profanity_filter,
            speech_model=speech_model,
            hints=hints,
            enable_automatic_punctuation=enable_automatic_punctuation,
            intelligence_service=intelligence_service,
        )


class Recording(TwiML):
    """``<Recording>``: record the call in the background (under ``<Start>``).

    Args:
        recording_status_callback: the URL told about the recording.
        recording_status_callback_method: how ``recording_status_callback`` is requested.
        recording_status_callback_event: the recording events to report.
        trim: trim silence from the recording.
        track: the audio tracks to record.
        channels: one channel or two.
        recording_configuration_id: the recording configuration to use.
    """

    tag = "Recording"
    __slots__ = ()

    def __init__(
        self,
        *,
        recording_status_callback: str | None = None,
        recording_status_callback_method: HttpMethod | None = None,
        recording_status_callback_event: RecordingEvents | None = None,
        trim: Trim | None = None,
        track: RecordingTrack | None = None,
        channels: RecordingChannels | None = None,
        recording_configuration_id: str | None = None,
    ) -> None:
        super().__init__(
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            recording_status_callback_event=recording_status_callback_event,
            trim=trim,
            track=track,
            channels=channels,
            recording_configuration_id=recording_configuration_id,
        )


class Start(Container["StartChild"]):
    """``<Start>``: start forking the call's audio, then go on to the next verb.

    Args:
        action: the URL requested after the fork starts.
        method: how ``action`` is requested.
    """

    tag = "Start"
    __slots__ = ()

    stream = adds(Stream)
    siprec = adds(Siprec)
    transcription = adds(Transcription)
    recording = adds(Recording)

    def __init__(self, *, action: str | None = None, method: HttpMethod | None = None) -> None:
        super().__init__(action=action, method=method)


class Stop(Container["StopChild"]):
    """``<Stop>``: stop a stream, SIPREC session or transcription started by name."""

    tag = "Stop"
    __slots__ = ()

    stream = adds(Stream)
    siprec = adds(Siprec)
    transcription = adds(Transcription)

    def __init__(self) -> None:
        super().__init__()


TranscriptionChild = Config | Parameter
StartChild = Stream | Siprec | Transcription | Recording
StopChild = Stream | Siprec | Transcription
