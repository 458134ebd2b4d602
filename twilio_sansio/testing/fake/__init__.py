"""A stateful fake of Twilio's REST API, for testing code that uses Twilio.

:class:`FakeTwilio` answers requests from in-memory state as Twilio does (records,
paging, errors, magic test numbers); use it as a transport, over HTTP on 127.0.0.1
(:meth:`FakeTwilio.serve`) or through the ``fake_twilio`` pytest fixture. :class:`Fault`
injects rate limits, server errors and hangs. ``fake.webhooks`` sends the webhooks Twilio
would send (status callbacks, incoming messages and calls) to your application, over HTTP
(:class:`HttpSender`) or in-process (:class:`WsgiSender`, :class:`AsgiSender`).
"""

from twilio_sansio.testing.fake.app import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, FakeTwilio
from twilio_sansio.testing.fake.delivery import (
    AppServer,
    AsgiSender,
    Delivery,
    HttpSender,
    Verb,
    WebhookDelivery,
    WebhookSender,
    WsgiSender,
)
from twilio_sansio.testing.fake.faults import Fault, FaultRule, Hang
from twilio_sansio.testing.fake.server import FakeTwilioServer
from twilio_sansio.testing.fake.transports import AsyncFakeTransport, FakeTransport
from twilio_sansio.testing.fake.webhooks import OutgoingWebhook
from twilio_sansio.testing.fake.wire import FakeApiError

__all__ = [
    "DEFAULT_ACCOUNT_SID",
    "DEFAULT_AUTH_TOKEN",
    "AppServer",
    "AsgiSender",
    "AsyncFakeTransport",
    "Delivery",
    "FakeApiError",
    "FakeTransport",
    "FakeTwilio",
    "FakeTwilioServer",
    "Fault",
    "FaultRule",
    "Hang",
    "HttpSender",
    "OutgoingWebhook",
    "Verb",
    "WebhookDelivery",
    "WebhookSender",
    "WsgiSender",
]
