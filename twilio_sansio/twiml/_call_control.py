"""The voice verbs that record, queue, move or end the call, and the deprecated ``<Sms>``."""

from __future__ import annotations

from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._parameters import Parameter
from twilio_sansio.twiml._types import HttpMethod, RecordingEvents, RejectReason, Trim


class Hangup(Container["Parameter"]):
    """``<Hangup>``: end the call (parameters go to the call's status callback)."""

    tag = "Hangup"
    __slots__ = ()

    parameter = adds(Parameter)

    def __init__(self) -> None:
        super().__init__()


class Reject(Container["Parameter"]):
    """``<Reject>``: refuse an incoming call without answering it (no charge).

    Args:
        reason: the signal the caller hears: ``rejected`` (the default) or ``busy``.
    """

    tag = "Reject"
    __slots__ = ()

    parameter = adds(Parameter)

    def __init__(self, *, reason: RejectReason | None = None) -> None:
        super().__init__(reason=reason)


class Redirect(TwiML):
    """``<Redirect>``: continue with the TwiML at another URL.

    Args:
        url: the URL of the next TwiML document.
        method: how ``url`` is requested.
    """

    tag = "Redirect"
    __slots__ = ()

    def __init__(self, url: str, *, method: HttpMethod | None = None) -> None:
        super().__init__(url, method=method)


class Leave(TwiML):
    """``<Leave>``: take the caller out of the queue it waits in; the call goes on."""

    tag = "Leave"
    __slots__ = ()

    def __init__(self) -> None:
        super().__init__()


class Echo(TwiML):
    """``<Echo>``: play the caller's audio back to them, to test a connection."""

    tag = "Echo"
    __slots__ = ()

    def __init__(self) -> None:
        super().__init__()


class Record(TwiML):
    """``<Record>``: record the caller's voice, as for a voicemail.

    Args:
        action: the URL that receives the recording's details.
        method: how ``action`` is requested.
        timeout: seconds of silence that end the recording.
        finish_on_key: the keys that end the recording.
        max_length: the longest recording, in seconds.
        play_beep: beep before recording.
        trim: trim silence from the recording.
        recording_status_callback: the URL told when the recording is ready.
        recording_status_callback_method: how ``recording_status_callback`` is requested.
        recording_status_callback_event: the recording events to report.
        transcribe: transcribe the recording.
        transcribe_callback: the URL that receives the transcript.
        recording_configuration_id: the recording configuration to use.
    """

    tag = "Record"
    __slots__ = ()

    def __init__(
        self,
        *,
        action: str | None = None,
        method: HttpMethod | None = None,
        timeout: int | None = None,
        finish_on_key: str | None = None,
        max_length: int | None = None,
        play_beep: bool | None = None,
        trim: Trim | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: HttpMethod | None = None,
        recording_status_callback_event: RecordingEvents | None = None,
        transcribe: bool | None = None,
        transcribe_callback: str | None = None,
        recording_configuration_id: str | None = None,
    ) -> None:
        super().__init__(
            action=action,
            method=method,
            timeout=timeout,
            finish_on_key=finish_on_key,
            max_length=max_length,
            play_beep=play_beep,
            trim=trim,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            recording_status_callback_event=recording_status_callback_event,
            transcribe=transcribe,
            transcribe_callback=transcribe_callback,
            recording_configuration_id=recording_configuration_id,
        )


class Task(TwiML):
    """``<Task>``: the TaskRouter task created for an enqueued call.

    Args:
        body: the task's attributes, as JSON text.
        priority: the task's priority.
        timeout: seconds before the task is canceled.
    """

    tag = "Task"
    __slots__ = ()

    def __init__(
        self, body: str, *, priority: int | None = None, timeout: int | None = None
    ) -> None:
        super().__init__(body, priority=priority, timeout=timeout)


class Enqueue(Container["Task"]):
    """``<Enqueue>``: put the caller in a queue, or hand it to a TaskRouter workflow.

    Args:
        name: the queue's friendly name (created if needed).
        action: the URL requested when the caller leaves the queue.
        max_queue_size: the most callers the queue may hold.
        method: how ``action`` is requested.
        wait_url: the TwiML played while the caller waits.
        wait_url_method: how ``wait_url`` is requested.
        workflow_sid: the TaskRouter workflow that routes the call.
    """

    tag = "Enqueue"
    __slots__ = ()

    task = adds(Task)

    def __init__(
        self,
        name: str | None = None,
        *,
        action: str | None = None,
        max_queue_size: int | None = None,
        method: HttpMethod | None = None,
        wait_url: str | None = None,
        wait_url_method: HttpMethod | None = None,
        workflow_sid: str | None = None,
    ) -> None:
        super().__init__(
            name,
            action=action,
            max_queue_size=max_queue_size,
            method=method,
            wait_url=wait_url,
            wait_url_method=wait_url_method,
            workflow_sid=workflow_sid,
        )


class ReferSip(TwiML):
    """``<Sip>`` inside ``<Refer>``: where the SIP REFER sends the call.

    Args:
        sip_url: the SIP URI.
    """

    tag = "Sip"
    __slots__ = ()

    def __init__(self, sip_url: str) -> None:
        super().__init__(sip_url)


class Refer(Container["ReferSip"]):
    """``<Refer>``: transfer a SIP call away from Twilio with a SIP REFER.

    Args:
        action: the URL requested when the transfer ends.
        method: how ``action`` is requested.
    """

    tag = "Refer"
    __slots__ = ()

    sip = adds(ReferSip)

    def __init__(self, *, action: str | None = None, method: HttpMethod | None = None) -> None:
        super().__init__(action=action, method=method)


class Sms(TwiML):
    """``<Sms>``: send a text message during a call. Deprecated by Twilio: use the REST API.

    Args:
        message: the message's text.
        to: the recipient (defaults to the caller).
        from_: the sender (defaults to the called number); rendered ``from``.
        action: the URL requested with the message's status.
        method: how ``action`` is requested.
        status_callback: the URL told when the message's status changes.
    """

    tag = "Sms"
    __slots__ = ()

    def __init__(
        self,
        message: str,
        *,
        to: str | None = None,
        from_: str | None = None,
        action: str | None = None,
        method: HttpMethod | None = None,
        status_callback: str | None = None,
    ) -> None:
        super().__init__(
            message,
            to=to,
            from_=from_,
            action=action,
            method=method,
            status_callback=status_callback,
        )
