"""``<Gather>``: collect digits or speech, prompting with speech or audio meanwhile."""

from __future__ import annotations

from twilio_sansio.twiml._audio import Pause, Play
from twilio_sansio.twiml._element import Container, adds
from twilio_sansio.twiml._ssml import Say
from twilio_sansio.twiml._types import GatherInput, HttpMethod, Words


class Gather(Container["GatherChild"]):
    """``<Gather>``: collect what the caller types or says and send it to ``action``.

    Args:
        input: ``dtmf``, ``speech`` or both (``"speech dtmf"``).
        action: the URL that receives the result.
        method: how ``action`` is requested.
        timeout: seconds of silence before the input is considered done.
        speech_timeout: seconds of silence that end speech, or ``"auto"``.
        max_speech_time: the longest speech accepted, in seconds.
        profanity_filter: mask profanities in the transcript.
        finish_on_key: the key that ends DTMF input.
        num_digits: the number of digits to collect.
        partial_result_callback: the URL that receives partial speech results.
        partial_result_callback_method: how ``partial_result_callback`` is requested.
        language: the language of the speech (``en-US``).
        hints: words and phrases likely to be said.
        barge_in: stop the prompts when the caller starts typing or speaking.
        debug: send debugging information.
        action_on_empty_result: request ``action`` even when nothing was collected.
        speech_model: the speech recognition model.
        enhanced: use the enhanced (premium) speech model.
    """

    tag = "Gather"
    __slots__ = ()

    say = adds(Say)
    pause = adds(Pause)
    play = adds(Play)

    def __init__(
        self,
        *,
        input: GatherInput | None = None,
        action: str | None = None,
        method: HttpMethod | None = None,
        timeout: int | None = None,
        speech_timeout: int | str | None = None,
        max_speech_time: int | None = None,
        profanity_filter: bool | None = None,
        finish_on_key: str | None = None,
        num_digits: int | None = None,
        partial_result_callback: str | None = None,
        partial_result_callback_method: HttpMethod | None = None,
        language: str | None = None,
        hints: Words | None = None,
        barge_in: bool | None = None,
        debug: bool | None = None,
        action_on_empty_result: bool | None = None,
        speech_model: str | None = None,
        enhanced: bool | None = None,
    ) -> None:
        super().__init__(
            input=input,
            action=action,
            method=method,
            timeout=timeout,
            speech_timeout=speech_timeout,
            max_speech_time=max_speech_time,
            profanity_filter=profanity_filter,
            finish_on_key=finish_on_key,
            num_digits=num_digits,
            partial_result_callback=partial_result_callback,
            partial_result_callback_method=partial_result_callback_method,
            language=language,
            hints=hints,
            barge_in=barge_in,
            debug=debug,
            action_on_empty_result=action_on_empty_result,
            speech_model=speech_model,
            enhanced=enhanced,
        )


GatherChild = Say | Play | Pause
