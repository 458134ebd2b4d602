"""``<Connect>`` and what it hands the call to: streams, rooms, AI agents, conversations."""

from __future__ import annotations

from twilio_sansio.twiml._conversation_relay import ConversationRelay
from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._parameters import Config, Parameter
from twilio_sansio.twiml._streams import Stream
from twilio_sansio.twiml._types import HttpMethod, RecordingEvents, Trim, Words


class Room(TwiML):
    """``<Room>``: a Programmable Video room the caller joins.

    Args:
        name: the room's unique name.
        participant_identity: the caller's identity in the room.
    """

    tag = "Room"
    __slots__ = ()

    def __init__(self, name: str, *, participant_identity: str | None = None) -> None:
        super().__init__(name, participant_identity=participant_identity)


class VirtualAgent(Container["VirtualAgentChild"]):
    """``<VirtualAgent>``: a Dialogflow CX agent that talks with the caller.

    Args:
        connector_name: the Dialogflow CX connector's unique name.
        language: the conversation's language.
        sentiment_analysis: analyse the caller's sentiment.
        status_callback: the URL that receives the session's end.
        status_callback_method: how ``status_callback`` is requested.
    """

    tag = "VirtualAgent"
    __slots__ = ()

    config = adds(Config)
    parameter = adds(Parameter)

    def __init__(
        self,
        *,
        connector_name: str | None = None,
        language: str | None = None,
        sentiment_analysis: bool | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
    ) -> None:
        super().__init__(
            connector_name=connector_name,
            language=language,
            sentiment_analysis=sentiment_analysis,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
        )


class Conversation(TwiML):
    """``<Conversation>``: a Twilio Conversations conversation the call joins.

    Args:
        service_instance_sid: the Conversations service's SID.
        inbound_autocreation: create a conversation for inbound calls.
        routing_assignment_timeout: seconds to wait for the conversation to be routed.
        inbound_timeout: seconds to wait for an agent to answer.
        url: TwiML run when the call leaves the conversation.
        method: how ``url`` is requested.
        record: record the call.
        trim: trim silence from the recording.
        recording_status_callback: the URL told about the recording.
        recording_status_callback_method: how ``recording_status_callback`` is requested.
        recording_status_callback_event: the recording events to report.
        status_callback: the URL that receives call events.
        status_callback_method: how ``status_callback`` is requested.
        status_callback_event: the call events to report.
    """

    tag = "Conversation"
    __slots__ = ()

    def __init__(
        self,
        *,
        service_instance_sid: str | None = None,
        inbound_autocreation: bool | None = None,
        routing_assignment_timeout: int | None = None,
        inbound_timeout: int | None = None,
        url: str | None = None,
        method: HttpMethod | None = None,
        record: bool | str | None = None,
        trim: Trim | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: HttpMethod | None = None,
        recording_status_callback_event: RecordingEvents | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        status_callback_event: Words | None = None,
    ) -> None:
        super().__init__(
            service_instance_sid=service_instance_sid,
            inbound_autocreation=inbound_autocreation,
            routing_assignment_timeout=routing_assignment_timeout,
            inbound_timeout=inbound_timeout,
            url=url,
            method=method,
            record=record,
            trim=trim,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            recording_status_callback_event=recording_status_callback_event,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            status_callback_event=status_callback_event,
        )


class AiSession(TwiML):
    """``<AiSession>``: a session with an AI connector add-on.

    Args:
        ai_connector: the AI connector add-on's unique name or SID.
        ai_session_configuration: the session configuration's unique name or id.
    """

    tag = "AiSession"
    __slots__ = ()

    def __init__(
        self, *, ai_connector: str | None = None, ai_session_configuration: str | None = None
    ) -> None:
        super().__init__(
            ai_connector=ai_connector, ai_session_configuration=ai_session_configuration
        )


class ConversationRelaySession(TwiML):
    """``<ConversationRelaySession>``: a ConversationRelay session set up by configuration.

    Args:
        connector: the connector add-on's unique name or SID.
        session_configuration: the session configuration's unique name or id.
    """

    tag = "ConversationRelaySession"
    __slots__ = ()

    def __init__(
        self, *, connector: str | None = None, session_configuration: str | None = None
    ) -> None:
        super().__init__(connector=connector, session_configuration=session_configuration)


class Connect(Container["ConnectChild"]):
    """``<Connect>``: hand the call to a stream, a room, an AI agent or a conversation.

    Args:
        action: the URL requested when the connection ends.
        method: how ``action`` is requested.
    """

    tag = "Connect"
    __slots__ = ()

    room = adds(Room)
    stream = adds(Stream)
    virtual_agent = adds(VirtualAgent)
    conversation = adds(Conversation)
    conversation_relay = adds(ConversationRelay)
    ai_session = adds(AiSession)
    conversation_relay_session = adds(ConversationRelaySession)

    def __init__(self, *, action: str | None = None, method: HttpMethod | None = None) -> None:
        super().__init__(action=action, method=method)


VirtualAgentChild = Config | Parameter
ConnectChild = (
    Room
    | Stream
    | VirtualAgent
    | Conversation
    | ConversationRelay
    | AiSession
    | ConversationRelaySession
)
