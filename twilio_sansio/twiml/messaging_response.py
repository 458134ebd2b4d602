"""Messaging TwiML: ``MessagingResponse``, ``<Message>`` and its nouns, ``<Redirect>``.

Named as in the official SDK, so moving from it is an import change::

    from twilio_sansio.twiml.messaging_response import MessagingResponse
"""

from __future__ import annotations

from twilio_sansio.twiml._element import Container, TwiML, adds
from twilio_sansio.twiml._types import HttpMethod

__all__ = ["Body", "Media", "Message", "MessagingResponse", "Redirect", "TwiML"]


class Body(TwiML):
    """``<Body>``: the text of a message.

    Args:
        message: the text.
    """

    tag = "Body"
    __slots__ = ()

    def __init__(self, message: str) -> None:
        super().__init__(message)


class Media(TwiML):
    """``<Media>``: a media file sent with a message (MMS).

    Args:
        url: the file's URL.
    """

    tag = "Media"
    __slots__ = ()

    def __init__(self, url: str) -> None:
        super().__init__(url)


class Message(Container["MessageChild"]):
    """``<Message>``: a message to send in reply (to the sender, unless ``to`` is given).

    Args:
        body: the text, as the element's text; or add ``<Body>`` and ``<Media>``.
        to: the recipient.
        from_: the sender; rendered ``from``.
        action: the URL requested with the message's status.
        method: how ``action`` is requested.
        status_callback: the URL told when the message's status changes.
    """

    tag = "Message"
    __slots__ = ()

    body = adds(Body)
    media = adds(Media)

    def __init__(
        self,
        body: str | None = None,
        *,
        to: str | None = None,
        from_: str | None = None,
        action: str | None = None,
        method: HttpMethod | None = None,
        status_callback: str | None = None,
    ) -> None:
        super().__init__(
            body,
            to=to,
            from_=from_,
            action=action,
            method=method,
            status_callback=status_callback,
        )


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


class MessagingResponse(Container["MessagingVerb"]):
    """``<Response>`` for a message: the messages to send back, and where to go next.

    ::

        response = MessagingResponse()
        response.message("Thanks, we got your order.")
        body = str(response)
    """

    tag = "Response"
    __slots__ = ()

    message = adds(Message)
    redirect = adds(Redirect)

    def __init__(self) -> None:
        super().__init__()


MessageChild = Body | Media
MessagingVerb = Message | Redirect
