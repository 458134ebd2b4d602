"""``<ConversationRelay>``: a real-time voice conversation with an AI application.

Twilio turns the caller's speech into text and the application's text into speech, over
a WebSocket. Four keywords keep the official SDK's camelCase spelling
(``backgroundNoiseReduction``, ``speechTimeout``, ``deepgramSmartFormat``,
``ignoreBackchannel``) so that code moved from it keeps working.
"""

from __future__ import annotations

from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._parameters import Parameter
from twilio_sansio.twiml._types import Interruption, Words


class Language(TwiML):
    """``<Language>``: the speech settings of one more language the caller may use.

    Args:
        code: the language code (``fr-FR``).
        tts_provider: the text-to-speech provider for it.
        voice: the voice for it.
        transcription_provider: the speech-to-text provider for it.
        speech_model: the speech model for it.
        hints: words and phrases likely to be said.
        asr_smart_format: apply smart formatting to its transcripts.
        tts_text_normalization: its text normalization (``auto``, ``on``, ``off``).
        tts_language_text_normalization: apply language-specific text normalization.
    """

    tag = "Language"
    __slots__ = ()

    def __init__(
        self,
        code: str | None = None,
        *,
        tts_provider: str | None = None,
        voice: str | None = None,
        transcription_provider: str | None = None,
        speech_model: str | None = None,
        hints: Words | None = None,
        asr_smart_format: bool | None = None,
        tts_text_normalization: str | None = None,
        tts_language_text_normalization: bool | None = None,
    ) -> None:
        super().__init__(
            code=code,
            tts_provider=tts_provider,
            voice=voice,
            transcription_provider=transcription_provider,
            speech_model=speech_model,
            hints=hints,
            asr_smart_format=asr_smart_format,
            tts_text_normalization=tts_text_normalization,
            tts_language_text_normalization=tts_language_text_normalization,
        )


class ConversationRelay(Container["ConversationRelayChild"]):
    """``<ConversationRelay>``: connect the call to an application's WebSocket as text.

    Args:
        url: the ``wss://`` URL of the application.
        language: the language of both speech and transcription.
        tts_language: the language of text-to-speech, when it differs.
        transcription_language: the language of transcription, when it differs.
        tts_provider: the text-to-speech provider.
        voice: the text-to-speech voice.
        transcription_provider: the speech-to-text provider.
        speech_model: the speech-to-text model.
        profanity_filter: mask profanities in transcripts.
        dtmf_detection: report the keys the caller presses.
        welcome_greeting: what to say as soon as the session starts.
        partial_prompts: send partial transcripts while the caller speaks.
        welcome_greeting_interruptible: what may interrupt the welcome greeting.
        interruptible: what may interrupt text-to-speech.
        preemptible: let new speech or media cut in on what is playing.
        hints: words and phrases likely to be said.
        intelligence_service: the Conversational Intelligence service's SID or name.
        report_input_during_agent_speech: what input to report while speech plays.
        elevenlabs_text_normalization: ElevenLabs text normalization (``on``, ``off``, ...).
        interrupt_sensitivity: how easily speech interrupts (``low``, ``medium``, ``high``).
        debug: debugging options (space-separated or a list).
        backgroundNoiseReduction: filter background noise before transcription.
        speechTimeout: the silence that ends the caller's speech.
        deepgramSmartFormat: apply Deepgram's smart formatting.
        ignoreBackchannel: let short acknowledgements ("uh-huh") not interrupt.
        events: event subscriptions (space-separated or a list).
        partial_prompt_on_hangup: report the partial transcript as a prompt on hang-up.
        eager_eot_threshold: the eager end-of-turn confidence (0.3 to 0.9).
        asr_smart_format: apply smart formatting to transcripts.
        tts_text_normalization: text normalization (``auto``, ``on``, ``off``).
        tts_language_text_normalization: apply language-specific text normalization.
        elevenlabs_language_text_normalization: the legacy name of the previous setting.
        include_in_prompt: extra fields of prompt messages.
        customer_name: the customer's name for Conversations and Intelligence.
        application_reconnect: reconnect the WebSocket if it drops.
        echo_prompt_filtering: drop transcripts that echo the agent's own speech.
        turn_detection: detect the end of the caller's turn.
    """

    tag = "ConversationRelay"
    __slots__ = ()

    language = adds(Language)
    parameter = adds(Parameter)

    def __init__(
        self,
        *,
        url: str | None = None,
        language: str | None = None,
        tts_language: str | None = None,
        transcription_language: str | None = None,
        tts_provider: str | None = None,
        voice: str | None = None,
        transcription_provider: str | None = None,
        speech_model: str | None = None,
        profanity_filter: bool | None = None,
        dtmf_detection: bool | None = None,
        welcome_greeting: str | None = None,
        partial_prompts: bool | None = None,
        welcome_greeting_interruptible: bool | Interruption | None = None,
        interruptible: bool | Interruption | None = None,
        preemptible: bool | None = None,
        hints: Words | None = None,
        intelligence_service: str | None = None,
        report_input_during_agent_speech: bool | Interruption | None = None,
        elevenlabs_text_normalization: str | None = None,
        interrupt_sensitivity: str | None = None,
        debug: Words | None = None,
        backgroundNoiseReduction: bool | None = None,
        speechTimeout: int | str | None = None,
        deepgramSmartFormat: bool | None = None,
        ignoreBackchannel: bool | None = None,
        events: Words | None = None,
        partial_prompt_on_hangup: bool | None = None,
        eager_eot_threshold: float | str | None = None,
        asr_smart_format: bool | None = None,
        tts_text_normalization: str | None = None,
        tts_language_text_normalization: bool | None = None,
        elevenlabs_language_text_normalization: bool | None = None,
        include_in_prompt: Words | None = None,
        customer_name: str | None = None,
        application_reconnect: bool | None = None,
        echo_prompt_filtering: bool | None = None,
        turn_detection: bool | None = None,
    ) -> None:
        super().__init__(
            url=url,
            language=language,
            tts_language=tts_language,
            transcription_language=transcription_language,
            tts_provider=tts_provider,
            voice=voice,
            transcription_provider=transcription_provider,
            speech_model=speech_model,
            profanity_filter=profanity_filter,
            dtmf_detection=dtmf_detection,
            welcome_greeting=welcome_greeting,
            partial_prompts=partial_prompts,
            welcome_greeting_interruptible=welcome_greeting_interruptible,
            interruptible=interruptible,
            preemptible=preemptible,
            hints=hints,
            intelligence_service=intelligence_service,
            report_input_during_agent_speech=report_input_during_agent_speech,
            elevenlabs_text_normalization=elevenlabs_text_normalization,
            interrupt_sensitivity=interrupt_sensitivity,
            debug=debug,
            backgroundNoiseReduction=backgroundNoiseReduction,
            speechTimeout=speechTimeout,
            deepgramSmartFormat=deepgramSmartFormat,
            ignoreBackchannel=ignoreBackchannel,
            events=events,
            partial_prompt_on_hangup=partial_prompt_on_hangup,
            eager_eot_threshold=eager_eot_threshold,
            asr_smart_format=asr_smart_format,
            tts_text_normalization=tts_text_normalization,
            tts_language_text_normalization=tts_language_text_normalization,
            elevenlabs_language_text_normalization=elevenlabs_language_text_normalization,
            include_in_prompt=include_in_prompt,
            customer_name=customer_name,
            application_reconnect=application_reconnect,
            echo_prompt_filtering=echo_prompt_filtering,
            turn_detection=turn_detection,
        )


ConversationRelayChild = Language | Parameter
