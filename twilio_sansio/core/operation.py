"""An API call as a value: the request to send and the pure parser of its response.

An :class:`Operation` does nothing by itself. Send ``operation.request`` with any HTTP
library, then hand the response to ``operation.parse``: that is the whole contract between
the core and whoever moves the bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from twilio_sansio.core._value import Value, slot_setters
from twilio_sansio.core.errors import UnexpectedResponseError, decode_json, error_from_response
from twilio_sansio.core.http import Request, Response, ResponseInfo
from twilio_sansio.core.model import Record

T = TypeVar("T")
Parser = Callable[[Request, Response], T]


class Operation(Value, Generic[T]):
    """A request plus the pure function that turns its response into a ``T``.

    Attributes:
        request: The complete request to send.
        parser: Called with the request and its response; raises the library's errors.
    """

    __slots__ = ("parser", "request")
    __match_args__ = ("request", "parser")
    _init_fields = _eq_fields = __match_args__
    _repr_fields = ("request",)

    request: Request
    parser: Parser[T]

    def __init__(self, request: Request, parser: Parser[T]) -> None:
        _set_request(self, request)
        _set_parser(self, parser)

    def parse(self, response: Response) -> T:
        """Turn ``response`` into the operation's result.

        Raises:
            APIError: Twilio answered with an error.
            UnexpectedResponseError: the response is not Twilio's JSON.
        """
        return self.parser(self.request, response)


_set_request, _set_parser = slot_setters(Operation, "request", "parser")


def raise_for_status(request: Request, response: Response) -> None:
    """Raise the error a non-2xx response stands for; return quietly on 2xx."""
    if not 200 <= response.status < 300:
        raise error_from_response(
            response.status,
            response.header("content-type"),
            response.body,
            request.method,
            request.url,
            response_info=response.info,
        )


def json_object(request: Request, response: Response) -> dict[str, Any]:
    """Return the JSON object of a successful response.

    Raises:
        APIError: the status is not 2xx and the body is Twilio's error JSON.
        UnexpectedResponseError: anything else that is not a JSON object.
    """
    raise_for_status(request, response)
    return _decode_object(request, response, response.info)


def json_object_and_info(
    request: Request, response: Response
) -> tuple[dict[str, Any], ResponseInfo]:
    """Return :func:`json_object` and the response's :class:`ResponseInfo`, built once.

    Raises:
        APIError: the status is not 2xx and the body is Twilio's error JSON.
        UnexpectedResponseError: anything else that is not a JSON object.
    """
    raise_for_status(request, response)
    info = response.info
    return _decode_object(request, response, info), info


def _decode_object(request: Request, response: Response, info: ResponseInfo) -> dict[str, Any]:
    data = decode_json(
        response.status, response.body, request.method, request.url, response_info=info
    )
    if not isinstance(data, dict):
        raise UnexpectedResponseError(
            response.status,
            response.body[:200].decode("utf-8", "replace"),
            "the body is JSON but not an object",
            request.method,
            request.url,
            response_info=info,
        )
    return data


def record_parser(from_json: Callable[[dict[str, Any]], T]) -> Parser[T]:
    """Return a parser that builds one record with ``from_json`` from the body's object.

    A :class:`~twilio_sansio.core.model.Record` result carries the response's status and
    headers (``record.response_info``, ``record.request_id``).
    """

    def parse(request: Request, response: Response) -> T:
        data, info = json_object_and_info(request, response)
        result = from_json(data)
        if isinstance(result, Record):
            result._set_response(info)
        return result

    return parse


def parse_deleted(request: Request, response: Response) -> None:
    """Parse the answer to a DELETE: success, or 404 because the resource is already gone.

    A 404 is not an error here, as in the Go library: deleting twice, or retrying a delete
    whose first answer was lost, stays safe.
    """
    if response.status == 404:
        return
    raise_for_status(request, response)
