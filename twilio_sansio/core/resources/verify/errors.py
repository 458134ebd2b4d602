"""Verify's typed errors: the :class:`~twilio_sansio.APIError` codes a caller acts on.

Twilio answers a verification that cannot go on with an error code of its own: 20404
when there is no pending verification to check (it expired, was approved or canceled,
or never existed), 60202 after too many wrong codes, 60203 after too many sends. The
operations of verifications and their checks raise the subclass named here for those
codes, with every attribute of the :class:`~twilio_sansio.APIError` Twilio's answer made,
so ``except APIError`` still catches them and ``except MaxCheckAttemptsReached`` can tell
a locked-out user from a broken request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from twilio_sansio.core.errors import APIError
from twilio_sansio.core.http import Request, Response

T = TypeVar("T")

NOT_FOUND = 20404
INVALID_PARAMETER = 60200
MAX_CHECK_ATTEMPTS = 60202
MAX_SEND_ATTEMPTS = 60203
TOO_MANY_CONCURRENT_REQUESTS = 60212


class VerifyError(APIError):
    """The base of Verify's typed errors: Twilio refused a verification or its check."""


class VerificationNotFound(VerifyError):
    """No pending verification to check or fetch (Twilio's 404, code 20404).

    The verification expired (Twilio keeps one for 10 minutes), was already approved or
    canceled, or was never started for that service and recipient: send a new code.
    """


class InvalidVerificationParameter(VerifyError):
    """Twilio refused a parameter of the verification (code 60200)."""


class MaxCheckAttemptsReached(VerifyError):
    """Too many wrong codes were checked for this verification (code 60202).

    Twilio allows 5 checks per verification; start a new one to let the user try again.
    """


class MaxSendAttemptsReached(VerifyError):
    """Too many codes were sent to this recipient within one verification (code 60203).

    Twilio allows 5 sends to the same recipient while a verification is pending; wait
    until it expires (10 minutes).
    """


class TooManyConcurrentRequests(VerifyError):
    """Too many concurrent requests for this recipient (code 60212)."""


ERRORS_BY_CODE: dict[int, type[VerifyError]] = {
    NOT_FOUND: VerificationNotFound,
    INVALID_PARAMETER: InvalidVerificationParameter,
    MAX_CHECK_ATTEMPTS: MaxCheckAttemptsReached,
    MAX_SEND_ATTEMPTS: MaxSendAttemptsReached,
    TOO_MANY_CONCURRENT_REQUESTS: TooManyConcurrentRequests,
}
"""The typed error of each Verify error code."""


def typed(error: APIError) -> APIError:
    """Return the Verify error class ``error``'s code stands for, or ``error`` itself.

    A 20404 becomes :class:`VerificationNotFound` only on a 404, as Twilio sends it.
    """
    kind = ERRORS_BY_CODE.get(error.code) if error.code is not None else None
    if kind is None or (kind is VerificationNotFound and error.status != 404):
        return error
    return kind(
        error.status,
        error.code,
        error.message,
        error.more_info,
        error.method,
        error.url,
        detail=error.detail,
        instance=error.instance,
        errors=error.errors,
        body=error.body,
        response_info=error.response_info,
    )


def raising_typed_errors(
    parser: Callable[[Request, Response], T],
) -> Callable[[Request, Response], T]:
    """Wrap an operation's parser so that Verify's error codes raise their typed errors."""

    def parse(request: Request, response: Response) -> T:
        try:
            return parser(request, response)
        except APIError as error:
            converted = typed(error)
            if converted is error:
                raise
            raise converted from None

    return parse
