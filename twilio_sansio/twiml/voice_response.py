"""Voice TwiML: ``VoiceResponse`` and every verb and noun, named as in the official SDK.

Moving from the official package is an import change::

    from twilio_sansio.twiml.voice_response import Dial, VoiceResponse

``<Queue>`` and ``<Prompt>`` are only offered where TwiML allows them (in ``<Dial>`` and
``<Pay>``), not at the top of a response as in the official SDK; ``<Autopilot>`` is left
out because Twilio retired Autopilot.
"""

from __future__ import annotations

from twilio_sansio.twiml._audio import Pause, Play
from twilio_sansio.twiml._call_control import (
    Echo,
    Enqueue,
    Hangup,
    Leave,
    Record,
    Redirect,
    Refer,
    ReferSip,
    Reject,
    Sms,
    Task,
)
from twilio_sansio.twiml._connect import (
    AiSession,
    Connect,
    Conversation,
    ConversationRelaySession,
    Room,
    VirtualAgent,
)
from twilio_sansio.twiml._conversation_relay import ConversationRelay, Language
from twilio_sansio.twiml._dial import (
    Application,
    ApplicationSid,
    Client,
    Conference,
    Dial,
    Header,
    Headers,
    Identity,
    Number,
    Queue,
    Sim,
    Sip,
    SipUri,
    WhatsApp,
)
from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._gather import Gather
from twilio_sansio.twiml._parameters import Config, Parameter
from twilio_sansio.twiml._pay import Pay, Prompt
from twilio_sansio.twiml._ssml import (
    Say,
    SsmlBreak,
    SsmlEmphasis,
    SsmlLang,
    SsmlP,
    SsmlPhoneme,
    SsmlProsody,
    SsmlS,
    SsmlSayAs,
    SsmlSub,
    SsmlW,
)
from twilio_sansio.twiml._streams import Recording, Siprec, Start, Stop, Stream, Transcription

__all__ = [
    "AiSession",
    "Application",
    "ApplicationSid",
    "Client",
    "Conference",
    "Config",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Dial",
    "Echo",
    "Enqueue",
    "Gather",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
    "Record",
    "Recording",
    "Redirect",
    "Refer",
    "ReferSip",
    "Reject",
    "Room",
    "Say",
    "Sim",
    "Sip",
    "SipUri",
    "Siprec",
    "Sms",
    "SsmlBreak",
    "SsmlEmphasis",
    "SsmlLang",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlProsody",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSub",
    "SsmlW",
    "Start",
    "Stop",
    "Stream",
    "Task",
    "Transcription",
    "TwiML",
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
]


class VoiceResponse(Container["VoiceVerb"]):
    """``<Response>`` for a call: the verbs Twilio runs, in order.

    Each method adds a verb and returns it, to add nouns or nested verbs to::

        response = VoiceResponse()
        response.say("Connecting you now.", voice="Polly.Joanna")
        dial = response.dial(caller_id="+14105551234", answer_on_bridge=True)
        dial.number("+14105556789")
        body = str(response)  # the XML document, declaration included
    """

    tag = "Response"
    __slots__ = ()

    connect = adds(Connect)
    dial = adds(Dial)
    echo = adds(Echo)
    enqueue = adds(Enqueue)
    gather = adds(Gather)
    hangup = adds(Hangup)
    leave = adds(Leave)
    pause = adds(Pause)
    play = adds(Play)
    record = adds(Record)
    redirect = adds(Redirect)
    reject = adds(Reject)
    say = adds(Say)
    sms = adds(Sms)
    pay = adds(Pay)
    start = adds(Start)
    stop = adds(Stop)
    refer = adds(Refer)

    def __init__(self) -> None:
        super().__init__()


VoiceVerb = (
    Connect
    | Dial
    | Echo
    | Enqueue
    | Gather
    | Hangup
    | Leave
    | Pause
    | Play
    | Record
    | Redirect
    | Reject
    | Say
    | Sms
    | Pay
    | Start
    | Stop
    | Refer
)
