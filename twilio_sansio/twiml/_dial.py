"""``<Dial>`` and the nouns it connects the caller to."""

from __future__ import annotations

from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._parameters import Parameter
from twilio_sansio.twiml._types import (
    Beep,
    CallProgressEvents,
    ConferenceEvents,
    ConferenceRecording,
    DialRecording,
    HttpMethod,
    JitterBufferSize,
    MachineDetection,
    RecordingEvents,
    RecordingTrack,
    Trim,
    Words,
)


class Number(TwiML):
    """``<Number>``: a phone number to dial.

    Args:
        phone_number: the number, in E.164 form.
        send_digits: DTMF tones to send when the call is answered (``w`` waits 0.5 s).
        url: TwiML run for the called party before the calls are connected.
        method: how ``url`` is requested.
        status_callback_event: the call progress events to report.
        status_callback: the URL that receives them.
        status_callback_method: how ``status_callback`` is requested.
        byoc: the BYOC trunk SID to call through.
        machine_detection: detect answering machines (``Enable``, ``DetectMessageEnd``).
        amd_status_callback_method: how ``amd_status_callback`` is requested.
        amd_status_callback: the URL that receives the detection result.
        machine_detection_timeout: seconds to spend detecting.
        machine_detection_speech_threshold: milliseconds of speech that suggest a machine.
        machine_detection_speech_end_threshold: milliseconds of silence that end speech.
        machine_detection_silence_timeout: milliseconds of initial silence before giving up.
    """

    tag = "Number"
    __slots__ = ()

    def __init__(
        self,
        phone_number: str,
        *,
        send_digits: str | None = None,
        url: str | None = None,
        method: HttpMethod | None = None,
        status_callback_event: CallProgressEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        byoc: str | None = None,
        machine_detection: MachineDetection | None = None,
        amd_status_callback_method: HttpMethod | None = None,
        amd_status_callback: str | None = None,
        machine_detection_timeout: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_silence_timeout: int | None = None,
    ) -> None:
        super().__init__(
            phone_number,
            send_digits=send_digits,
            url=url,
            method=method,
            status_callback_event=status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            byoc=byoc,
            machine_detection=machine_detection,
            amd_status_callback_method=amd_status_callback_method,
            amd_status_callback=amd_status_callback,
            machine_detection_timeout=machine_detection_timeout,
            machine_detection_speech_threshold=machine_detection_speech_threshold,
            machine_detection_speech_end_threshold=machine_detection_speech_end_threshold,
            machine_detection_silence_timeout=machine_detection_silence_timeout,
        )


class Identity(TwiML):
    """``<Identity>``: the identity of a Voice SDK client, inside ``<Client>``.

    Args:
        client_identity: the identity.
    """

    tag = "Identity"
    __slots__ = ()

    def __init__(self, client_identity: str) -> None:
        super().__init__(client_identity)


class Client(Container["ClientChild"]):
    """``<Client>``: a Voice SDK client (browser or mobile app) to ring.

    Args:
        identity: the client's identity, as text; or add ``<Identity>`` and parameters.
        url: TwiML run for the called client before the calls are connected.
        method: how ``url`` is requested.
        status_callback_event: the call progress events to report.
        status_callback: the URL that receives them.
        status_callback_method: how ``status_callback`` is requested.
    """

    tag = "Client"
    __slots__ = ()

    identity = adds(Identity)
    parameter = adds(Parameter)

    def __init__(
        self,
        identity: str | None = None,
        *,
        url: str | None = None,
        method: HttpMethod | None = None,
        status_callback_event: CallProgressEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
    ) -> None:
        super().__init__(
            identity,
            url=url,
            method=method,
            status_callback_event=status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
        )


class SipUri(TwiML):
    """``<Uri>``: one of several SIP URIs of a ``<Sip>``, tried by priority and weight.

    Args:
        sip_url: the SIP URI.
        priority: lower values are tried first.
        weight: the share of calls among URIs of one priority.
        username: the SIP authentication user name.
        password: the SIP authentication password.
    """

    tag = "Uri"
    __slots__ = ()

    def __init__(
        self,
        sip_url: str | None = None,
        *,
        priority: int | None = None,
        weight: int | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> None:
        super().__init__(
            sip_url, priority=priority, weight=weight, username=username, password=password
        )


class Header(TwiML):
    """``<Header>``: one custom SIP header sent with a ``<Sip>`` call.

    Args:
        name: the header's name.
        value: its value.
    """

    tag = "Header"
    __slots__ = ()

    def __init__(self, name: str | None = None, value: str | None = None) -> None:
        super().__init__(name=name, value=value)


class Headers(Container["Header"]):
    """``<Headers>``: the custom SIP headers of a ``<Sip>`` call."""

    tag = "Headers"
    __slots__ = ()

    header = adds(Header)

    def __init__(self) -> None:
        super().__init__()


class Sip(Container["SipChild"]):
    """``<Sip>``: a SIP endpoint to call.

    Args:
        sip_url: the SIP URI, as text; or add ``<Uri>`` elements.
        username: the SIP authentication user name.
        password: the SIP authentication password.
        url: TwiML run for the called party before the calls are connected.
        method: how ``url`` is requested.
        status_callback_event: the call progress events to report.
        status_callback: the URL that receives them.
        status_callback_method: how ``status_callback`` is requested.
        machine_detection: detect answering machines (``Enable``, ``DetectMessageEnd``).
        amd_status_callback_method: how ``amd_status_callback`` is requested.
        amd_status_callback: the URL that receives the detection result.
        machine_detection_timeout: seconds to spend detecting.
        machine_detection_speech_threshold: milliseconds of speech that suggest a machine.
        machine_detection_speech_end_threshold: milliseconds of silence that end speech.
        machine_detection_silence_timeout: milliseconds of initial silence before giving up.
    """

    tag = "Sip"
    __slots__ = ()

    uri = adds(SipUri)
    headers = adds(Headers)

    def __init__(
        self,
        sip_url: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        url: str | None = None,
        method: HttpMethod | None = None,
        status_callback_event: CallProgressEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        machine_detection: MachineDetection | None = None,
        amd_status_callback_method: HttpMethod | None = None,
        amd_status_callback: str | None = None,
        machine_detection_timeout: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_silence_timeout: int | None = None,
    ) -> None:
        super().__init__(
            sip_url,
            username=username,
            password=password,
            url=url,
            method=method,
            status_callback_event=status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            machine_detection=machine_detection,
            amd_status_callback_method=amd_status_callback_method,
            amd_status_callback=amd_status_callback,
            machine_detection_timeout=machine_detection_timeout,
            machine_detection_speech_threshold=machine_detection_speech_threshold,
            machine_detection_speech_end_threshold=machine_detection_speech_end_threshold,
            machine_detection_silence_timeout=machine_detection_silence_timeout,
        )


class Conference(TwiML):
    """``<Conference>``: a named conference room to join.

    Args:
        name: the room's name, unique within the account.
        muted: join muted.
        beep: the beep when someone joins or leaves (``True``, ``False``, ``onEnter``, ``onExit``).
        start_conference_on_enter: start the conference when this participant joins.
        end_conference_on_exit: end the conference when this participant leaves.
        wait_url: the TwiML or audio played while waiting for the conference to start.
        wait_method: how ``wait_url`` is requested.
        max_participants: the most participants allowed (up to 250).
        record: ``record-from-start`` or ``do-not-record``.
        recording_configuration_id: the recording configuration to use.
        region: the region that mixes the conference (``us1``, ``ie1``, ...).
        coach: the SID of a participant's call this participant coaches.
        trim: trim silence from the recording.
        status_callback_event: the conference events to report.
        status_callback: the URL that receives them.
        status_callback_method: how ``status_callback`` is requested.
        recording_status_callback: the URL told when the recording is ready.
        recording_status_callback_method: how ``recording_status_callback`` is requested.
        recording_status_callback_event: the recording events to report.
        event_callback_url: the URL told when the conference ends (legacy).
        jitter_buffer_size: the participant's jitter buffer.
        participant_label: a label to find the participant by.
    """

    tag = "Conference"
    __slots__ = ()

    def __init__(
        self,
        name: str,
        *,
        muted: bool | None = None,
        beep: bool | Beep | None = None,
        start_conference_on_enter: bool | None = None,
        end_conference_on_exit: bool | None = None,
        wait_url: str | None = None,
        wait_method: HttpMethod | None = None,
        max_participants: int | None = None,
        record: ConferenceRecording | None = None,
        recording_configuration_id: str | None = None,
        region: str | None = None,
        coach: str | None = None,
        trim: Trim | None = None,
        status_callback_event: ConferenceEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: HttpMethod | None = None,
        recording_status_callback_event: RecordingEvents | None = None,
        event_callback_url: str | None = None,
        jitter_buffer_size: JitterBufferSize | None = None,
        participant_label: str | None = None,
    ) -> None:
        super().__init__(
            name,
            muted=muted,
            beep=beep,
            start_conference_on_enter=start_conference_on_enter,
            end_conference_on_exit=end_conference_on_exit,
            wait_url=wait_url,
            wait_method=wait_method,
            max_participants=max_participants,
            record=record,
            recording_configuration_id=recording_configuration_id,
            region=region,
            coach=coach,
            trim=trim,
            status_callback_event=status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            recording_status_callback_event=recording_status_callback_event,
            event_callback_url=event_callback_url,
            jitter_buffer_size=jitter_buffer_size,
            participant_label=participant_label,
        )


class Queue(TwiML):
    """``<Queue>``: the queue whose longest-waiting caller to connect to.

    Args:
        name: the queue's friendly name.
        url: TwiML run for the dequeued caller before the calls are connected.
        method: how ``url`` is requested.
        reservation_sid: the TaskRouter reservation being accepted.
        post_work_activity_sid: the TaskRouter activity of the worker afterwards.
    """

    tag = "Queue"
    __slots__ = ()

    def __init__(
        self,
        name: str,
        *,
        url: str | None = None,
        method: HttpMethod | None = None,
        reservation_sid: str | None = None,
        post_work_activity_sid: str | None = None,
    ) -> None:
        super().__init__(
            name,
            url=url,
            method=method,
            reservation_sid=reservation_sid,
            post_work_activity_sid=post_work_activity_sid,
        )


class Sim(TwiML):
    """``<Sim>``: a Programmable Wireless SIM to call.

    Args:
        sim_sid: the SIM's SID.
    """

    tag = "Sim"
    __slots__ = ()

    def __init__(self, sim_sid: str) -> None:
        super().__init__(sim_sid)


class ApplicationSid(TwiML):
    """``<ApplicationSid>``: the TwiML application to call, inside ``<Application>``.

    Args:
        sid: the application's SID.
    """

    tag = "ApplicationSid"
    __slots__ = ()

    def __init__(self, sid: str) -> None:
        super().__init__(sid)


class Application(Container["ApplicationChild"]):
    """``<Application>``: a TwiML application to call (application-to-application calling).

    Args:
        application_sid: the application's SID, as text; or add ``<ApplicationSid>``.
        url: TwiML run for the called application before the calls are connected.
        method: how ``url`` is requested.
        status_callback_event: the call progress events to report.
        status_callback: the URL that receives them.
        status_callback_method: how ``status_callback`` is requested.
        customer_id: the customer's identifier, passed to the application.
        copy_parent_to: copy the parent call's To number to the new call.
    """

    tag = "Application"
    __slots__ = ()

    application_sid = adds(ApplicationSid)
    parameter = adds(Parameter)

    def __init__(
        self,
        application_sid: str | None = None,
        *,
        url: str | None = None,
        method: HttpMethod | None = None,
        status_callback_event: CallProgressEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        customer_id: str | None = None,
        copy_parent_to: bool | None = None,
    ) -> None:
        super().__init__(
            application_sid,
            url=url,
            method=method,
            status_callback_event=status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            customer_id=customer_id,
            copy_parent_to=copy_parent_to,
        )


class WhatsApp(TwiML):
    """``<WhatsApp>``: a WhatsApp user to call (WhatsApp Business Calling).

    Args:
        phone_number: the user's number, in E.164 form.
        url: TwiML run for the called party before the calls are connected.
        method: how ``url`` is requested.
        status_callback_event: the call progress events to report.
        status_callback: the URL that receives them.
        status_callback_method: how ``status_callback`` is requested.
    """

    tag = "WhatsApp"
    __slots__ = ()

    def __init__(
        self,
        phone_number: str,
        *,
        url: str | None = None,
        method: HttpMethod | None = None,
        status_callback_event: CallProgressEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
    ) -> None:
        super().__init__(
            phone_number,
            url=url,
            method=method,
            status_callback_event=status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
        )


class Dial(Container["DialChild"]):
    """``<Dial>``: connect the caller to another party.

    Args:
        number: a phone number to call, as text; or add nouns (``number``, ``client``, ...).
        action: the URL requested when the dialed call ends.
        method: how ``action`` is requested.
        timeout: seconds to wait for an answer.
        hangup_on_star: let the caller hang up the dialed party by pressing ``*``.
        time_limit: the longest the call may last, in seconds.
        caller_id: the caller ID shown to the dialed party.
        record: whether and how to record.
        trim: trim silence from the recording.
        recording_status_callback: the URL told when the recording is ready.
        recording_configuration_id: the recording configuration to use.
        recording_status_callback_method: how ``recording_status_callback`` is requested.
        recording_status_callback_event: the recording events to report.
        answer_on_bridge: keep the caller hearing ringing until the dialed party answers.
        ring_tone: the ringback tone's country (``us``, ``uk``, ``de``, ...).
        recording_track: the audio tracks to record.
        sequential: dial the nouns one after the other instead of all at once.
        refer_url: the URL that receives later SIP REFER requests.
        refer_method: how ``refer_url`` is requested.
        events: the event subscriptions.
        passports: identity passports (Base64, comma-separated).
    """

    tag = "Dial"
    __slots__ = ()

    client = adds(Client)
    conference = adds(Conference)
    number = adds(Number)
    queue = adds(Queue)
    sim = adds(Sim)
    sip = adds(Sip)
    application = adds(Application)
    whats_app = adds(WhatsApp)

    def __init__(
        self,
        number: str | None = None,
        *,
        action: str | None = None,
        method: HttpMethod | None = None,
        timeout: int | None = None,
        hangup_on_star: bool | None = None,
        time_limit: int | None = None,
        caller_id: str | None = None,
        record: DialRecording | None = None,
        trim: Trim | None = None,
        recording_status_callback: str | None = None,
        recording_configuration_id: str | None = None,
        recording_status_callback_method: HttpMethod | None = None,
        recording_status_callback_event: RecordingEvents | None = None,
        answer_on_bridge: bool | None = None,
        ring_tone: str | None = None,
        recording_track: RecordingTrack | None = None,
        sequential: bool | None = None,
        refer_url: str | None = None,
        refer_method: HttpMethod | None = None,
        events: Words | None = None,
        passports: str | None = None,
    ) -> None:
        super().__init__(
            number,
            action=action,
            method=method,
            timeout=timeout,
            hangup_on_star=hangup_on_star,
            time_limit=time_limit,
            caller_id=caller_id,
            record=record,
            trim=trim,
            recording_status_callback=recording_status_callback,
            recording_configuration_id=recording_configuration_id,
            recording_status_callback_method=recording_status_callback_method,
            recording_status_callback_event=recording_status_callback_event,
            answer_on_bridge=answer_on_bridge,
            ring_tone=ring_tone,
            recording_track=recording_track,
            sequential=sequential,
            refer_url=refer_url,
            refer_method=refer_method,
            events=events,
            passports=passports,
        )


ClientChild = Identity | Parameter
SipChild = SipUri | Headers
ApplicationChild = ApplicationSid | Parameter
DialChild = Client | Conference | Number | Queue | Sim | Sip | Application | WhatsApp
