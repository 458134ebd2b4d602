"""User-defined messages of a call on the fake, and subscriptions to them.

A message (``KX…``) is sent to the call's Voice SDK with a POST to
``Calls/{CallSid}/UserDefinedMessages.json`` on a call of the account that is in
progress (any other call state is 400, 21220); ``Content`` is required and must be JSON,
as Twilio's SDK receives it. A subscription (``ZY…``) is made with a POST to
``…/UserDefinedMessageSubscriptions.json`` (``Callback`` required, an absolute URL) and
ended with a DELETE of it. Both answer 201. A request repeated with the same
``IdempotencyKey`` on the same call answers what the first made. The fake sends nothing
to an SDK and posts nothing to a callback: each table keeps what was asked, for tests
to read (``_content``; the subscription's ``_callback``, ``_method``).
"""

from __future__ import annotations

import json

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_path,
    answer_record,
    check_method,
    check_url,
    delete_record,
    named_record,
    stamp,
)
from twilio_sansio.testing.fake.resources.calls import CALLS, INVALID_CALL_STATE
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import Record
from twilio_sansio.testing.fake.wire import FakeApiError, Incoming, invalid_parameter

USER_DEFINED_MESSAGES = "call_user_defined_messages"
"""The table of the messages sent to calls' Voice SDKs."""
SUBSCRIPTIONS = "call_user_defined_message_subscriptions"
"""The table of the subscriptions to calls' Voice SDK messages."""

message_routes = Resource(ACCOUNT + "/Calls/{CallSid}/UserDefinedMessages")
subscription_routes = Resource(ACCOUNT + "/Calls/{CallSid}/UserDefinedMessageSubscriptions")


def _call_in_progress(incoming: Incoming, what: str) -> Record:
    """The path's call, which must be the account's and in progress.

    Raises:
        FakeApiError: no such call (404) or one not in progress (400, 21220).
    """
    call = named_record(incoming, CALLS, "CallSid")
    if call["status"] != "in-progress":
        raise FakeApiError(
            400,
            INVALID_CALL_STATE,
            f"Call is not in-progress ({call['status']}). Cannot {what}.",
        )
    return call


def _repeated(incoming: Incoming, kind: str, call_sid: str) -> Record | None:
    """The record an earlier request with this ``IdempotencyKey`` made on the call, if any."""
    key = incoming.value("IdempotencyKey")
    if not key:
        return None
    for _sid, record in incoming.store.newest_first(
        kind, lambda row: row["call_sid"] == call_sid and row.get("_idempotency_key") == key
    ):
        return record
    return None


@message_routes.create
def send_message(incoming: Incoming) -> Response:
    """POST /Calls/{CallSid}/UserDefinedMessages.json: send a message to the SDK (201)."""
    content = incoming.required("Content")
    try:
        json.loads(content)
    except ValueError:
        raise invalid_parameter("Content must be a JSON string") from None
    call = named_record(incoming, CALLS, "CallSid")
    earlier = _repeated(incoming, USER_DEFINED_MESSAGES, call["sid"])
    if earlier is not None:
        return answer_record(earlier, 201)
    _call_in_progress(incoming, "send a user-defined message")
    sid = incoming.store.new_sid("KX")
    record: Record = {
        "account_sid": incoming.account_sid,
        "call_sid": call["sid"],
        "sid": sid,
        "date_created": stamp(incoming.store),
        "_content": content,
        "_idempotency_key": incoming.value("IdempotencyKey"),
    }
    return answer_record(incoming.store.insert(USER_DEFINED_MESSAGES, sid, record), 201)


@subscription_routes.create
def subscribe(incoming: Incoming) -> Response:
    """POST /Calls/{CallSid}/UserDefinedMessageSubscriptions.json: subscribe (201)."""
    callback = incoming.required("Callback")
    check_url("Callback", callback)
    check_method(incoming, "Method")
    call = named_record(incoming, CALLS, "CallSid")
    earlier = _repeated(incoming, SUBSCRIPTIONS, call["sid"])
    if earlier is not None:
        return answer_record(earlier, 201)
    _call_in_progress(incoming, "subscribe to user-defined messages")
    sid = incoming.store.new_sid("ZY")
    path = f"/Calls/{call['sid']}/UserDefinedMessageSubscriptions/{sid}.json"
    record: Record = {
        "account_sid": incoming.account_sid,
        "call_sid": call["sid"],
        "sid": sid,
        "date_created": stamp(incoming.store),
        "uri": account_path(incoming.account_sid, path),
        "_callback": callback,
        "_method": (incoming.value("Method") or "POST").upper(),
        "_idempotency_key": incoming.value("IdempotencyKey"),
    }
    return answer_record(incoming.store.insert(SUBSCRIPTIONS, sid, record), 201)


@subscription_routes.delete
def unsubscribe(incoming: Incoming) -> Response:
    """DELETE /Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json (204)."""
    call = named_record(incoming, CALLS, "CallSid")
    return delete_record(incoming, SUBSCRIPTIONS, call_sid=call["sid"])


ROUTES = (message_routes, subscription_routes)
"""The routes of the user-defined messages of calls."""
