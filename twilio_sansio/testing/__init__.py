"""Test helpers for code that uses twilio-sansio, and for twilio-sansio's own tests.

- :class:`FakeTwilio`: a stateful fake of Twilio's REST API, usable as a transport, over
  HTTP on 127.0.0.1 (:meth:`FakeTwilio.serve`), or through the ``fake_twilio`` pytest
  fixture; :class:`Fault` injects rate limits, server errors and hangs into it.
- :class:`LoopbackServer`: a real HTTP/1.1 server on 127.0.0.1 (plain or TLS) that
  answers by calling a handler, with injectable faults (:class:`Reply`: delays, dripped
  bodies, stalls, truncated bodies, answers that never come).
- :class:`AppServer`: your WSGI or ASGI application on 127.0.0.1, for the fake's
  webhooks to reach over HTTP; :class:`HttpSender`, :class:`WsgiSender` and
  :class:`AsgiSender` send them (``fake.webhooks.send_to(...)``), :class:`Delivery`
  records what came back.
- :func:`route`: a handler that dispatches on method and path, answering unknown paths
  with Twilio's 404.

Importing this package does not import ``trustme``; only a TLS server needs it.
"""

from twilio_sansio.testing.fake import (
    AppServer,
    AsgiSender,
    Delivery,
    FakeTwilio,
    FakeTwilioServer,
    Fault,
    HttpSender,
    WsgiSender,
)
from twilio_sansio.testing.loopback import LoopbackServer, Reply, route

__all__ = [
    "AppServer",
    "AsgiSender",
    "Delivery",
    "FakeTwilio",
    "FakeTwilioServer",
    "Fault",
    "HttpSender",
    "LoopbackServer",
    "Reply",
    "WsgiSender",
    "route",
]
