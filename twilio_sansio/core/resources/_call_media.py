"""What the live media of a call share: Streams, real-time Transcriptions and Siprec.

Each is started on a call in progress with a POST to ``Calls/{CallSid}/<Kind>.json`` and
stopped with a POST of ``Status=stopped`` to ``Calls/{CallSid}/<Kind>/{Sid}.json``, where
``{Sid}`` is the SID Twilio returned or the ``Name`` given at the start. Twilio lists
none of them and fetches none of them, so the operations are not a listing.

The checks here (custom parameters, enumerated choices, callback URLs and methods) are
shared by the call's Payments too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar
from urllib.parse import urlsplit

from twilio_sansio.core.encoding import Params, ParamValue, path_segment
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import ResourceOperations, post
from twilio_sansio.core.validation import check_sid, check_text

S = TypeVar("S", bound="CallMediaOperations[Any, Any]")
R = TypeVar("R", bound=Record)
E = TypeVar("E", bound=OpenStrEnum)

CALL_SID_PREFIX = "CA"
MAX_CUSTOM_PARAMETERS = 99
"""How many ``ParameterN.Name``/``ParameterN.Value`` pairs Twilio's documents describe."""

STOPPED = "stopped"
"""The one status a stream, a real-time transcription or a Siprec session can be given."""

_CALLBACK_METHODS = ("GET", "POST")
_SID_SHAPE = re.compile(r"[A-Z]{2}[0-9a-fA-F]{32}\Z")


class MediaTrack(OpenStrEnum):
    """Which audio of a call a stream, real-time transcription or Siprec session takes."""

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


def check_choice(name: str, value: object, enum: type[E]) -> E | None:
    """Return None, or ``value`` as a declared member of ``enum``.

    Raises:
        InvalidArgument: the value is not a string or not one of the enum's values.
    """
    if value is None:
        return None
    if isinstance(value, str):
        member = enum(value)
        if member.is_known:
            return member
    allowed = ", ".join(repr(member.value) for member in enum)
    raise InvalidArgument(f"{name} must be one of {allowed}, not {value!r:.60}")


def check_url(name: str, value: object, *schemes: str) -> str:
    """Return ``value`` if it is an absolute URL with one of ``schemes``.

    Raises:
        InvalidArgument: the value is not a string, not absolute, or of another scheme.
    """
    text = check_text(name, value)
    parts = urlsplit(text)
    if parts.scheme.lower() not in schemes or not parts.netloc:
        expected = " or ".join(f"{scheme}://" for scheme in schemes)
        raise InvalidArgument(f"{name} must be an absolute {expected} URL, not {text!r:.80}")
    return text


def optional_url(name: str, value: object, *schemes: str) -> str | None:
    """Return None, or ``value`` checked with :func:`check_url`.

    Raises:
        InvalidArgument: the value is given and is not such a URL.
    """
    return None if value is None else check_url(name, value, *schemes)


def check_callback_method(name: str, value: object) -> str | None:
    """Return None, or the HTTP method (``GET`` or ``POST``) Twilio calls a callback with.

    Raises:
        InvalidArgument: the value is another method or not a string.
    """
    if value is None:
        return None
    if isinstance(value, str) and value.upper() in _CALLBACK_METHODS:
        return value.upper()
    raise InvalidArgument(f"{name} must be 'GET' or 'POST', not {value!r:.40}")


def custom_parameters(parameters: Mapping[str, str] | None) -> dict[str, ParamValue]:
    """Return Twilio's ``ParameterN.Name``/``ParameterN.Value`` pairs for a mapping.

    ``{"agent": "x"}`` is ``{"Parameter1.Name": "agent", "Parameter1.Value": "x"}``, in
    the mapping's order.

    Raises:
        InvalidArgument: not a mapping of non-empty names to strings, or more than
            :data:`MAX_CUSTOM_PARAMETERS` of them.
    """
    if parameters is None:
        return {}
    if not isinstance(parameters, Mapping):
        raise InvalidArgument(
            f"parameters must be a mapping of names to values, not {type(parameters).__name__}"
        )
    if len(parameters) > MAX_CUSTOM_PARAMETERS:
        raise InvalidArgument(
            f"parameters can hold at most {MAX_CUSTOM_PARAMETERS} names, not {len(parameters)}"
        )
    form: dict[str, ParamValue] = {}
    for index, (name, value) in enumerate(parameters.items(), start=1):
        form[f"Parameter{index}.Name"] = check_text("a parameter's name", name)
        form[f"Parameter{index}.Value"] = check_text(f"parameter {name!r}", value, allow_empty=True)
    return form


class CallOperationsBase(ResourceOperations):
    """The base of the operations on something a call holds: ``Calls/{CallSid}/<segment>``.

    A subclass declares ``segment`` (``"Streams"``).
    """

    __slots__ = ()

    segment: ClassVar[str]

    def _path(self, call_sid: object, sid: str | None = None) -> str:
        """Check ``call_sid``; return the collection's path, or the path of ``sid`` below it.

        Raises:
            InvalidArgument: ``call_sid`` is not ``CA`` + 32 hex digits, or ``sid`` cannot
                be a path segment.
        """
        call = check_sid("call_sid", call_sid, CALL_SID_PREFIX)
        parts = ["Calls", path_segment("call_sid", call), self.segment]
        if sid is None:
            parts[-1] += ".json"
        else:
            parts.append(path_segment("sid", sid) + ".json")
        return self.config.account_path(*parts)


class CallMediaOperations(CallOperationsBase, Generic[S, R]):
    """The base of the operations on a call's live media: start with ``create``, ``stop``.

    A subclass declares ``model``, ``segment`` and ``sid_prefix`` (the SID Twilio gives,
    ``"MZ"``), and writes ``create`` with its parameters.
    """

    __slots__ = ()

    model: type[R]
    sid_prefix: ClassVar[str]

    def update(self: S, /, call_sid: str, sid: str, status: str = STOPPED) -> Operation[R]:
        """Change the status of one session of the call; Twilio only takes ``"stopped"``.

        Args:
            call_sid: The call (``CA…``).
            sid: The session's SID (its prefix + 32 hex digits) or the ``name`` it was
                started with.
            status: The new status: ``"stopped"``.

        Returns:
            The operation that stops the session and parses it.

        Raises:
            InvalidArgument: ``call_sid`` is malformed, ``sid`` is empty or looks like a
                SID of another resource, or ``status`` is not ``"stopped"``.
        """
        path = self._session_path(call_sid, sid)
        if status != STOPPED:
            raise InvalidArgument(f"status must be {STOPPED!r}, not {status!r:.40}")
        return self._send(path, {"Status": STOPPED})

    def stop(self: S, /, call_sid: str, sid: str) -> Operation[R]:
        """Stop one session of the call: ``update(call_sid, sid, status="stopped")``.

        Args:
            call_sid: The call (``CA…``).
            sid: The session's SID or the ``name`` it was started with.

        Returns:
            The operation that stops the session and parses it.

        Raises:
            InvalidArgument: ``call_sid`` or ``sid`` is malformed.
        """
        return self.update(call_sid, sid)

    def _session_path(self, call_sid: object, sid: object) -> str:
        """Check both identifiers; return the path of the session.

        Raises:
            InvalidArgument: a malformed call SID, an empty or NUL-holding ``sid``, or a
                34-character SID-like ``sid`` with another prefix.
        """
        text = check_text("sid", sid)
        if _SID_SHAPE.match(text) and text[:2] != self.sid_prefix:
            check_sid("sid", text, self.sid_prefix)
        return self._path(call_sid, text)

    def _send(self, path: str, form: Params) -> Operation[R]:
        """Return the operation that POSTs ``form`` to ``path`` and parses the record."""
        return post(self.config, path, form, self.model.from_json)
