"""What the fake Twilio reads from a request and how it answers: Twilio's wire formats.

Handlers receive an :class:`Incoming` (path parameters, query, form) and return a
:class:`~twilio_sansio.core.http.Response` built here, or raise :class:`FakeApiError`,
which becomes Twilio's error body::

    {"code": 20404, "message": "...", "more_info": "https://www.twilio.com/docs/errors/20404",
     "status": 404}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

import attrs

from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing.fake.store import FakeStore, Record

Pairs = tuple[tuple[str, str], ...]

MORE_INFO = "https://www.twilio.com/docs/errors/{code}"

BASIC_CHALLENGE = 'Basic realm="Twilio API"'
"""The ``WWW-Authenticate`` challenge of the fake's 401 answers."""


class FakeApiError(Exception):
    """Raised by a handler to answer with Twilio's error body.

    Args:
        status: The HTTP status.
        code: Twilio's error code (``21211``).
        message: Twilio's message for it.
    """

    def __init__(self, status: int, code: int, message: str) -> None:
        self.status = status
        self.code = code
        self.message = message
        super().__init__(f"{status} {code}: {message}")

    def response(self) -> Response:
        """Return the error as Twilio's JSON error response.

        A 401 carries a Basic challenge (``WWW-Authenticate``), which RFC 9110 requires
        of a 401 and which HTTP clients that send credentials only when challenged
        (urllib's ``HTTPBasicAuthHandler``) wait for.
        """
        return json_response(
            self.status,
            {
                "code": self.code,
                "message": self.message,
                "more_info": MORE_INFO.format(code=self.code),
                "status": self.status,
            },
            headers=(("www-authenticate", BASIC_CHALLENGE),) if self.status == 401 else (),
        )


def not_found(path: str) -> FakeApiError:
    """Twilio's 404 for a resource that does not exist (code 20404)."""
    return FakeApiError(404, 20404, f"The requested resource {path} was not found")


def invalid_parameter(message: str) -> FakeApiError:
    """A 400 for a parameter value Twilio would reject (code 21200, "Invalid parameter")."""
    return FakeApiError(400, 21200, message)


def missing_parameter(name: str) -> FakeApiError:
    """Twilio's 400 for a required parameter left out (code 20001)."""
    return FakeApiError(400, 20001, f"Missing required parameter {name} in the post body")


def json_response(status: int, payload: Any, *, headers: Pairs = ()) -> Response:
    """Return ``payload`` as a JSON response with Twilio's headers."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    return Response(
        status,
        (("content-type", "application/json; charset=utf-8"), *headers),
        body,
    )


def no_content() -> Response:
    """Return Twilio's answer to a successful DELETE: 204 and no body."""
    return Response(204, (), b"")


@attrs.frozen(slots=True)
class Incoming:
    """A request as a handler sees it.

    Attributes:
        request: The request as sent.
        path: The URL path, percent-decoded per segment by the router.
        params: The path parameters of the matched route (``{"Sid": "SM..."}``).
        query: The query string as ``(name, value)`` pairs.
        form: The form body as ``(name, value)`` pairs (empty unless form-encoded).
        origin: ``scheme://host[:port]`` of the request URL, for absolute next-page URLs.
        store: The fake's state.
        principal: The SID of the account whose credentials signed the request.
    """

    request: Request
    path: str
    params: Mapping[str, str]
    query: Pairs
    form: Pairs
    origin: str
    store: FakeStore
    principal: str

    @property
    def account_sid(self) -> str:
        """The account of the URL (``/Accounts/{AccountSid}/...``)."""
        return self.params["AccountSid"]

    def value(self, name: str) -> str | None:
        """Return the first value of ``name`` in the form, else in the query, or None."""
        for key, value in (*self.form, *self.query):
            if key == name:
                return value
        return None

    def values(self, name: str) -> list[str]:
        """Return every value of ``name`` in the form (or the query), in order."""
        found = [value for key, value in self.form if key == name]
        return found or [value for key, value in self.query if key == name]

    def has(self, name: str) -> bool:
        """Whether ``name`` was given at all (even empty)."""
        return any(key == name for key, _ in (*self.form, *self.query))

    def required(self, name: str) -> str:
        """Return parameter ``name``, raising Twilio's 400 when it is missing or empty."""
        value = self.value(name)
        if not value:
            raise missing_parameter(name)
        return value

    def boolean(self, name: str) -> bool | None:
        """Return parameter ``name`` read as Twilio reads booleans, or None when absent."""
        value = self.value(name)
        if value is None:
            return None
        lowered = value.lower()
        if lowered not in {"true", "false"}:
            raise invalid_parameter(f"{name} must be true or false, not {value!r}")
        return lowered == "true"

    def integer(self, name: str, *, default: int, low: int, high: int) -> int:
        """Return integer parameter ``name`` within ``[low, high]``, or ``default``."""
        value = self.value(name)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise invalid_parameter(f"{name} must be an integer, not {value!r}") from None
        if not low <= number <= high:
            raise invalid_parameter(f"{name} must be between {low} and {high}")
        return number

    def query_without(self, *names: str) -> Pairs:
        """Return the query pairs minus ``names`` (paging keys), for next-page URIs."""
        return tuple((key, value) for key, value in self.query if key not in names)


def parse_form(request: Request) -> Pairs:
    """Return the form fields of ``request``; empty when it carries no form body."""
    content_type = request.header("content-type") or ""
    if not request.body or "application/x-www-form-urlencoded" not in content_type:
        return ()
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        raise invalid_parameter("The request body is not valid UTF-8") from None
    return tuple(parse_qsl(text, keep_blank_values=True))


def parse_query(query: str) -> Pairs:
    """Return the pairs of a URL query string."""
    return tuple(parse_qsl(query, keep_blank_values=True))


def with_query(path: str, pairs: Pairs | list[tuple[str, str]]) -> str:
    """Return ``path`` with ``pairs`` as its query string (Twilio's encoding)."""
    return f"{path}?{urlencode(list(pairs))}" if pairs else path


@attrs.frozen(slots=True)
class Bound:
    """One side of a date filter: a UTC day, or an instant."""

    day: date | None
    instant: datetime | None

    @classmethod
    def parse(cls, name: str, text: str) -> Bound:
        """Read ``text`` as ``YYYY-MM-DD`` or an ISO 8601 date and time (naive is UTC)."""
        try:
            if len(text) == 10:
                return cls(date.fromisoformat(text), None)
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise invalid_parameter(f"{name} is not a valid date: {text!r}") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return cls(None, moment.astimezone(UTC))

    @classmethod
    def parse_day(cls, name: str, text: str) -> Bound:
        """Read ``text`` as a UTC day: ``YYYY-MM-DD``, or a date and time on that day.

        API 2010's date filters (``DateSent``, ``StartTime``, ``DateCreated``...) take
        "GMT dates" and compare days; the official SDKs send a date and time
        (``2026-12-03T00:00:00Z``), which Twilio reads as its UTC day.
        """
        bound = cls.parse(name, text)
        if bound.instant is None:
            return bound
        return cls(bound.instant.date(), None)

    def at_or_after(self, moment: datetime) -> bool:
        """Whether ``moment`` is on or after this bound."""
        if self.day is not None:
            return moment.astimezone(UTC).date() >= self.day
        assert self.instant is not None
        return moment >= self.instant

    def at_or_before(self, moment: datetime) -> bool:
        """Whether ``moment`` is on or before this bound."""
        if self.day is not None:
            return moment.astimezone(UTC).date() <= self.day
        assert self.instant is not None
        return moment <= self.instant

    def same_day(self, moment: datetime) -> bool:
        """Whether ``moment`` falls on this bound's day (or instant)."""
        return self.at_or_after(moment) and self.at_or_before(moment)


def field_equals(incoming: Incoming, param: str, field: str) -> list[Any]:
    """A filter: records whose ``field`` equals parameter ``param``, when it is given."""
    wanted = incoming.value(param)
    if wanted is None:
        return []
    return [lambda record: record.get(field) == wanted]


def date_range(
    incoming: Incoming, param: str, time_of: Any, *, lower: str = ">", upper: str = "<"
) -> list[Any]:
    """Filters for ``Param``, ``Param>`` and ``Param<`` (Twilio's inclusive date filters).

    Each takes a day (``2026-12-03``) or a date and time, read as its UTC day (see
    :meth:`Bound.parse_day`). ``time_of(record)`` returns the record's datetime or None;
    records without one are kept only when no bound is given.
    """
    checks: list[Any] = []
    for suffix, test in (
        ("", Bound.same_day),
        (lower, Bound.at_or_after),
        (upper, Bound.at_or_before),
    ):
        text = incoming.value(param + suffix)
        if text is None:
            continue
        bound = Bound.parse_day(param + suffix, text)

        def check(record: Record, bound: Bound = bound, test: Any = test) -> bool:
            moment = time_of(record)
            return moment is not None and bool(test(bound, moment))

        checks.append(check)
    return checks
