"""Every builder method of every operations class, built with valid arguments, for fuzzing.

The fuzz and hostile-input tests walk every operations class a client namespace binds
by introspection. This module knows how to call each builder method correctly (a table of
valid example arguments by parameter name), what each one returns (an operation, a
time-range iteration, a job or a URL), which model its records are, and how to drive a job
with whatever responses a test makes up. A builder method added later fails
:func:`build_all` until the table knows its parameters, so nothing goes unfuzzed quietly.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from twilio_sansio._namespaces import namespace_classes
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import Field, PriceField, Record, Sid
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.steps import Attempt, Exchange, Gather, Moment, Now, Sleep
from twilio_sansio.core.time_range import RangePages
from twilio_sansio.core.values import MalformedValue

ACCOUNT = "AC" + "0" * 32
HEX = "0123456789abcdef" * 2
FROM = "+14105551234"
TO = "+12025550123"
URL = "https://example.com/twiml"
WHEN = "Tue, 02 Jan 2024 03:04:05 +0000"

CLASSES: list[type] = [operations for _namespace, operations in namespace_classes().values()]

# The prefix of the ``sid`` parameter (the resource's own SID) of each class.
OWN_PREFIX = {
    "AccountOperations": "AC",
    "AlertOperations": "NO",
    "ApplicationOperations": "AP",
    "CallNotificationOperations": "NO",
    "CallOperations": "CA",
    "CallPaymentOperations": "PK",
    "CallRecordingOperations": "RE",
    "CallSiprecOperations": "SR",
    "CallStreamOperations": "MZ",
    "CallTranscriptionOperations": "GT",
    "CallUserDefinedMessageSubscriptionOperations": "ZY",
    "ConferenceOperations": "CF",
    "ConferenceRecordingOperations": "RE",
    "IncomingNumberOperations": "PN",
    "IncomingNumberAddOnExtensionOperations": "XF",
    "IncomingNumberAddOnOperations": "XE",
    "KeyOperations": "SK",
    "MessageOperations": "SM",
    "MessagingServiceOperations": "MG",
    "MessagingPhoneNumberOperations": "PN",
    "MessagingShortCodeOperations": "SC",
    "MessagingAlphaSenderOperations": "AI",
    "OutgoingCallerIdOperations": "PN",
    "QueueOperations": "QU",
    "RecordingAddOnResultOperations": "XR",
    "RecordingAddOnResultPayloadOperations": "XH",
    "RecordingOperations": "RE",
    "TranscriptionOperations": "TR",
    "VerifyServiceOperations": "VA",
    "VerificationOperations": "VE",
}
PARENT_PREFIX = {
    "call_sid": "CA",
    "conference_sid": "CF",
    "message_sid": "SM",
    "media_sid": "ME",
    "queue_sid": "QU",
    "recording_sid": "RE",
    "transcription_sid": "TR",
    "number_sid": "PN",
    "assigned_add_on_sid": "XE",
    "installed_add_on_sid": "XE",
    "add_on_result_sid": "XR",
    "service_sid": "VA",
}
VALUES: dict[str, object] = {
    "country_code": "US",
    "number_type": "Local",
    "from_": FROM,
    "to": TO,
    "url": URL,
    "friendly_name": "name",
    "phone_number": FROM,
    "product": "api",
    "path": "/2010-04-01/Accounts/{AccountSid}/Calls.json",
    "key": "calls",
    "cursor": f"/2010-04-01/Accounts/{ACCOUNT}/Calls.json?Page=1&PageToken=PA1",
    "method": "GET",
    "status": "paused",
    "idempotency_key": "key-1",
    "content": '{"greeting": "hello"}',
    "callback": "https://example.com/messages",
    "status_callback": "https://example.com/status",
    "phone_number_sid": "PN" + HEX,
    "short_code_sid": "SC" + HEX,
    "alpha_sender": "Acme",
    "start": datetime(2024, 1, 1, tzinfo=UTC),
    "end": datetime(2024, 1, 2, tzinfo=UTC),
    "channel": "sms",
    "code": "123456",
}
# The parent's prefix where a parameter name means another parent in another class
# (Messaging's ``service_sid`` is a Messaging Service, ``MG``).
CLASS_PARENT_PREFIX = {
    ("MessagingPhoneNumberOperations", "service_sid"): "MG",
    ("MessagingShortCodeOperations", "service_sid"): "MG",
    ("MessagingAlphaSenderOperations", "service_sid"): "MG",
}
# Arguments a method needs beyond its parameters without defaults.
EXTRA: dict[tuple[str, str], dict[str, object]] = {
    ("MessageOperations", "send_message"): {"body": "hi"},
    ("MessageOperations", "create"): {"To": TO, "From": FROM, "Body": "hi"},
    ("CallOperations", "make_call"): {"url": URL},
    ("CallOperations", "create"): {"To": TO, "From": FROM, "Url": URL},
    ("IncomingNumberOperations", "create"): {"PhoneNumber": FROM},
    ("IncomingNumberOperations", "buy_number"): {"phone_number": FROM},
    ("QueueMemberOperations", "update"): {"Url": URL},
    ("CallRecordingOperations", "update"): {"Status": "paused"},
    ("CallStreamOperations", "create"): {"url": "wss://example.com/media"},
    ("CallPaymentOperations", "update"): {"capture": "payment-card-number"},
    ("VerificationOperations", "update"): {"status": "canceled"},
    ("VerificationCheckOperations", "create"): {"to": TO},
}


def sid(prefix: str) -> str:
    """A valid SID with ``prefix``; its digits differ from the configured account's."""
    return prefix + HEX


def valid_value(cls: type, parameter: str) -> object:
    """A valid argument for ``parameter`` of a builder method of ``cls``."""
    if parameter == "sid":
        return sid(OWN_PREFIX[cls.__name__])
    if (cls.__name__, parameter) in CLASS_PARENT_PREFIX:
        return sid(CLASS_PARENT_PREFIX[cls.__name__, parameter])
    if parameter in PARENT_PREFIX:
        return sid(PARENT_PREFIX[parameter])
    try:
        return VALUES[parameter]
    except KeyError:
        raise LookupError(
            f"no valid example for {cls.__name__}'s parameter {parameter!r}: add one to VALUES"
        ) from None


def builder_methods() -> list[tuple[type, str]]:
    """Every public method of every operations class, as ``(class, name)``."""
    return [
        (cls, name)
        for cls in CLASSES
        for name, _ in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    ]


def parameters(cls: type, name: str) -> list[inspect.Parameter]:
    """The parameters of a builder method, without ``self`` and ``**params``."""
    signature = inspect.signature(getattr(cls, name))
    return [
        p
        for p in list(signature.parameters.values())[1:]
        if p.kind is not inspect.Parameter.VAR_KEYWORD
    ]


def takes_params(cls: type, name: str) -> bool:
    """Whether a builder method takes Twilio's parameters as ``**params``."""
    signature = inspect.signature(getattr(cls, name))
    return any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values())


def valid_arguments(cls: type, name: str) -> dict[str, object]:
    """Keyword arguments that build the method's result: required ones and EXTRA."""
    arguments = {
        p.name: valid_value(cls, p.name)
        for p in parameters(cls, name)
        if p.default is inspect.Parameter.empty
    }
    arguments.update(EXTRA.get((cls.__name__, name), {}))
    return arguments


def call(config: ClientConfig, cls: type, name: str, arguments: dict[str, object]) -> object:
    """Call a builder method of ``cls(config)`` with keyword ``arguments``."""
    method: Callable[..., object] = getattr(cls(config), name)
    return method(**arguments)


def returned_model(cls: type, name: str) -> tuple[type[Record] | None, bool]:
    """The model a method's operation parses and whether it parses a page of them.

    Read from the return annotation: ``Operation[Message]`` is ``(Message, False)``,
    ``Operation[Page[Message]]`` and ``RangePages[Message]`` are ``(Message, True)``.
    """
    hint = typing.get_type_hints(getattr(cls, name))["return"]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is RangePages:
        return args[0], True
    if origin is not Operation:
        return None, False
    (inner,) = args
    if typing.get_origin(inner) is Page:
        return declared_model(cls, typing.get_args(inner)[0]), True
    for candidate in typing.get_args(inner) or (declared_model(cls, inner),):
        if isinstance(candidate, type) and issubclass(candidate, Record):
            return candidate, False
    return None, False


def declared_model(cls: type, hint: Any) -> Any:
    """The model a shared builder's type variable stands for: the class's ``model``."""
    return getattr(cls, "model", hint) if isinstance(hint, typing.TypeVar) else hint


@dataclass(frozen=True)
class Built:
    """One builder method, called with valid arguments.

    Attributes:
        cls: The operations class.
        name: The method's name.
        arguments: The keyword arguments it was called with.
        result: What it returned.
        model: The model of the records its operation parses, if any.
        paged: Whether its operation parses a page.
    """

    cls: type
    name: str
    arguments: dict[str, object]
    result: object
    model: type[Record] | None
    paged: bool

    @property
    def label(self) -> str:
        """``Class.method``, for messages."""
        return f"{self.cls.__name__}.{self.name}"

    def first_request(self) -> Request | None:
        """The first request the result sends (a job's first exchange), or None for a URL."""
        return first_request(self.result)


def build(config: ClientConfig, cls: type, name: str) -> Built:
    """Call one builder method with valid arguments."""
    arguments = valid_arguments(cls, name)
    model, paged = returned_model(cls, name)
    return Built(cls, name, arguments, call(config, cls, name, arguments), model, paged)


def build_all(config: ClientConfig) -> list[Built]:
    """Call every builder method of every operations class with valid arguments."""
    return [build(config, cls, name) for cls, name in builder_methods()]


def first_request(result: object) -> Request | None:
    """The first request of a builder's result, or None when it sends nothing (a URL).

    A job is started (its first step must be an exchange); a time-range iteration gives
    its first page's operation.
    """
    if isinstance(result, Operation):
        return result.request
    if isinstance(result, RangePages):
        operation = result.next_operation()
        return None if operation is None else operation.request
    if isinstance(result, Generator):
        step = next(result)
        assert isinstance(step, Exchange | Attempt), step
        return step.request
    assert isinstance(result, str), result
    return None


def operation_of(result: object) -> Operation[Any] | None:
    """The operation whose parser a result exposes, if any."""
    if isinstance(result, Operation):
        return result
    if isinstance(result, RangePages):
        return result.next_operation()
    return None


# -- Valid payloads -----------------------------------------------------------------------

KEYED_VALUES: dict[str, object] = {
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{sid('SM')}/Media/{sid('ME')}.json",
    "account_sid": ACCOUNT,
}
CANDIDATES: tuple[object, ...] = ("x", "15", WHEN, True, {"k": "v"}, ["x"], "2024-01-02")


def field_of(model: type[Record], name: str) -> Field[Any]:
    """The descriptor of attribute ``name`` of ``model``."""
    descriptor = vars_of(model)[name]
    assert isinstance(descriptor, Field)
    return descriptor


def vars_of(model: type) -> dict[str, Any]:
    """The class attributes of ``model`` and its bases (descriptors unbound)."""
    found: dict[str, Any] = {}
    for klass in reversed(model.__mro__):
        found.update(vars(klass))
    return found


def valid_record(model: type[Record], index: int = 0) -> dict[str, Any]:
    """A JSON object whose every documented field reads without error."""
    raw: dict[str, Any] = {}
    for name in model.field_names():
        field = field_of(model, name)
        if isinstance(field, PriceField):
            raw[field.key], raw[field.unit_key] = "-0.75000", "USD"
            continue
        if field.key in raw:
            continue
        if isinstance(field, Sid):
            raw[field.key] = sid("XX")[:-4] + f"{index:04x}"
            continue
        options = (KEYED_VALUES[field.key],) if field.key in KEYED_VALUES else CANDIDATES
        for candidate in options:
            try:
                field.read({field.key: candidate})
            except MalformedValue:
                continue
            raw[field.key] = candidate
            break
    return raw


def valid_page(lister: Lister[Any], model: type[Record], *, newer_shape: bool) -> dict[str, Any]:
    """A page of two valid records, in API 2010's shape or in the newer ``meta`` one."""
    records = [valid_record(model, i) for i in range(2)]
    root = lister.config.urls.root(lister.product)
    if newer_shape:
        meta = {"key": lister.key, "page": 0, "page_size": 2, "next_page_url": root + "/n?Page=1"}
        return {lister.key: records, "meta": meta}
    return {
        lister.key: records,
        "page": 0,
        "page_size": 2,
        "next_page_uri": f"/2010-04-01/Accounts/{ACCOUNT}/X.json?Page=1&PageToken=PA1",
    }


def lister_of(operation: Operation[Any]) -> Lister[Any] | None:
    """The lister whose ``parse`` is the operation's parser, for a page operation."""
    owner = getattr(operation.parser, "__self__", None)
    return owner if isinstance(owner, Lister) else None


# -- Driving jobs --------------------------------------------------------------------------


def drive(job: Generator[Any, Any, Any], respond: Callable[[Request], Response]) -> object:
    """Run a job to its end, answering each exchange with ``respond(request)``.

    Jobs gathered by the job are run one after another. Sleeps return at once, and the
    clock stands at zero with no deadline.
    """
    reply: object = None
    try:
        step = next(job)
        while True:
            if isinstance(step, Exchange | Attempt):
                reply = respond(step.request)
            elif isinstance(step, Gather):
                reply = [drive(inner, respond) for inner in step.jobs]
            elif isinstance(step, Now):
                reply = Moment(0.0, None)
            else:
                assert isinstance(step, Sleep), step
                reply = None
            step = job.send(reply)
    except StopIteration as stop:
        return stop.value
