"""Calls and what hangs off a call: recordings, media sessions, events, user-defined messages."""

from __future__ import annotations

from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records
from twilio_sansio.core.resources.call_events import CallEventOperations, CallNotificationOperations
from twilio_sansio.core.resources.call_payments import CallPaymentOperations
from twilio_sansio.core.resources.call_recordings import CallRecordingOperations
from twilio_sansio.core.resources.call_siprec import CallSiprecOperations
from twilio_sansio.core.resources.call_streams import CallStreamOperations
from twilio_sansio.core.resources.call_transcriptions import CallTranscriptionOperations
from twilio_sansio.core.resources.call_user_defined_messages import (
    CallUserDefinedMessageOperations,
    CallUserDefinedMessageSubscriptionOperations,
)
from twilio_sansio.core.resources.calls import CallOperations

C = TypeVar("C")

__all__ = [
    "CallEventsNamespace",
    "CallNotificationsNamespace",
    "CallPaymentsNamespace",
    "CallRecordingsNamespace",
    "CallSiprecNamespace",
    "CallStreamsNamespace",
    "CallTranscriptionsNamespace",
    "CallUserDefinedMessageSubscriptionsNamespace",
    "CallUserDefinedMessagesNamespace",
    "CallsNamespace",
]


class CallsNamespace(Namespace[CallOperations, C]):
    """Calls: make, fetch, list, cancel, hang up, redirect and delete."""

    make_call = call(CallOperations.make_call)
    create = call(CallOperations.create)
    get = call(CallOperations.get)
    update = call(CallOperations.update)
    cancel = call(CallOperations.cancel)
    hangup = call(CallOperations.hangup)
    redirect = call(CallOperations.redirect)
    delete = call(CallOperations.delete)
    get_page = call(CallOperations.get_page)
    get_page_at = call(CallOperations.get_page_at)
    get_page_iterator = pages(CallOperations.get_page)
    iterate = records(CallOperations.get_page)
    get_page_iterator_in_range = pages(CallOperations.get_page_in_range)
    iterate_in_range = records(CallOperations.get_page_in_range)


class CallRecordingsNamespace(Namespace[CallRecordingOperations, C]):
    """Recordings of one call (call SID first): start, fetch, pause/stop, list, delete."""

    create = call(CallRecordingOperations.create)
    get = call(CallRecordingOperations.get)
    update = call(CallRecordingOperations.update)
    delete = call(CallRecordingOperations.delete)
    get_page = call(CallRecordingOperations.get_page)
    get_page_at = call(CallRecordingOperations.get_page_at)
    get_page_iterator = pages(CallRecordingOperations.get_page)
    iterate = records(CallRecordingOperations.get_page)


class CallStreamsNamespace(Namespace[CallStreamOperations, C]):
    """Media streams of one call (call SID first): start one to a WebSocket, stop it."""

    create = call(CallStreamOperations.create)
    update = call(CallStreamOperations.update)
    stop = call(CallStreamOperations.stop)


class CallTranscriptionsNamespace(Namespace[CallTranscriptionOperations, C]):
    """Real-time transcriptions of one call (call SID first): start one, stop it."""

    create = call(CallTranscriptionOperations.create)
    update = call(CallTranscriptionOperations.update)
    stop = call(CallTranscriptionOperations.stop)


class CallSiprecNamespace(Namespace[CallSiprecOperations, C]):
    """Siprec sessions of one call (call SID first): fork it to a SIP recorder, stop it."""

    create = call(CallSiprecOperations.create)
    update = call(CallSiprecOperations.update)
    stop = call(CallSiprecOperations.stop)


class CallPaymentsNamespace(Namespace[CallPaymentOperations, C]):
    """Payments of one call (call SID first): start a session, capture, complete, cancel."""

    create = call(CallPaymentOperations.create)
    update = call(CallPaymentOperations.update)


class CallUserDefinedMessagesNamespace(Namespace[CallUserDefinedMessageOperations, C]):
    """User-defined messages to one call's Voice SDK (call SID first): send one."""

    create = call(CallUserDefinedMessageOperations.create)


class CallUserDefinedMessageSubscriptionsNamespace(
    Namespace[CallUserDefinedMessageSubscriptionOperations, C]
):
    """Subscriptions to one call's Voice SDK messages (call SID first): create, delete."""

    create = call(CallUserDefinedMessageSubscriptionOperations.create)
    delete = call(CallUserDefinedMessageSubscriptionOperations.delete)


class CallEventsNamespace(Namespace[CallEventOperations, C]):
    """The HTTP events of one call (call SID first)."""

    get_page = call(CallEventOperations.get_page)
    get_page_at = call(CallEventOperations.get_page_at)
    get_page_iterator = pages(CallEventOperations.get_page)
    iterate = records(CallEventOperations.get_page)


class CallNotificationsNamespace(Namespace[CallNotificationOperations, C]):
    """The notifications (errors and warnings) of one call (call SID first)."""

    get = call(CallNotificationOperations.get)
    get_page = call(CallNotificationOperations.get_page)
    get_page_at = call(CallNotificationOperations.get_page_at)
    get_page_iterator = pages(CallNotificationOperations.get_page)
    iterate = records(CallNotificationOperations.get_page)
