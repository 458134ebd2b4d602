"""The shapes every resource shares: fetch one record, post a form, delete, list.

Resource modules describe *what* (path, parameters, model); these helpers build the
operation, so every resource parses and fails the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import Params, path_segment
from twilio_sansio.core.operation import Operation, parse_deleted, record_parser

R = TypeVar("R")


class ResourceOperations:
    """The base of each resource's operations class: it holds the caller's configuration.

    Plain slotted classes rather than attrs ones: a client imports every resource at
    start-up, and generating methods for each class cost most of that time.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("config",)

    def __init__(self, config: ClientConfig) -> None:
        self.config = config

    def __repr__(self) -> str:
        return f"{type(self).__name__}(config={self.config!r})"


def fetch(
    config: ClientConfig,
    path: str,
    from_json: Callable[[dict[str, Any]], R],
    *,
    product: str = "api",
    query: Params | None = None,
) -> Operation[R]:
    """GET ``path`` and parse one record with ``from_json``."""
    request = config.request("GET", product, path, query=query)
    return Operation(request, record_parser(from_json))


def post(
    config: ClientConfig,
    path: str,
    form: Params,
    from_json: Callable[[dict[str, Any]], R],
    *,
    product: str = "api",
) -> Operation[R]:
    """POST ``form`` to ``path`` (create or update) and parse the record Twilio returns."""
    request = config.request("POST", product, path, form=form)
    return Operation(request, record_parser(from_json))


def remove(config: ClientConfig, path: str, *, product: str = "api") -> Operation[None]:
    """DELETE ``path``; a resource already gone (404) is not an error."""
    return Operation(config.request("DELETE", product, path), parse_deleted)


def account_path(config: ClientConfig, *parts: str, sid: str | None = None) -> str:
    """Return an API 2010 path under the account, encoding ``sid`` when given.

    ``account_path(config, "Messages", sid=sid)`` is ``…/Messages/<sid>.json``;
    without ``sid`` it is the list path ``…/Messages.json``. Segments in ``parts`` are
    taken as written (they come from the resource module or are encoded already).
    """
    if sid is None:
        *head, last = parts
        return config.account_path(*head, last + ".json")
    return config.account_path(*parts, path_segment("sid", sid) + ".json")
