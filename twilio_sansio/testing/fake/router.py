"""Routes: which handler answers a method and a path template.

A template names its parameters in braces, as Twilio's documents do
(``/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``); a parameter matches one path
segment, and is percent-decoded before the handler sees it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal, overload
from urllib.parse import unquote

import attrs

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.wire import Incoming

Handler = Callable[[Incoming], Response]

_PARAMETER = re.compile(r"\{(\w+)\}")


def _compile(template: str) -> re.Pattern[str]:
    parts = _PARAMETER.split(template)
    # split() alternates literal text and parameter names.
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+?)"
        for index, part in enumerate(parts)
    )
    return re.compile(f"{pattern}$")


@attrs.frozen(slots=True)
class Route:
    """A handler for one method on one path template."""

    method: str
    template: str
    handler: Handler
    pattern: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "pattern", _compile(self.template))

    def match(self, path: str) -> dict[str, str] | None:
        """Return the decoded parameters when ``path`` fits the template, else None."""
        found = self.pattern.match(path)
        if found is None:
            return None
        return {name: unquote(value) for name, value in found.groupdict().items()}


class _Verb:
    """A decorator of :class:`Resource`: one method on the collection or on one record."""

    def __init__(self, method: str, target: Literal["collection", "record"]) -> None:
        self.method = method
        self.target = target

    @overload
    def __get__(self, resource: None, owner: type[Resource]) -> _Verb: ...

    @overload
    def __get__(
        self, resource: Resource, owner: type[Resource]
    ) -> Callable[[Handler], Handler]: ...

    def __get__(
        self, resource: Resource | None, owner: type[Resource]
    ) -> _Verb | Callable[[Handler], Handler]:
        if resource is None:
            return self
        template = resource.collection if self.target == "collection" else resource.record
        return resource.route(self.method, template)


class Resource:
    """The routes of one Twilio resource, declared by decorating their handlers.

    A resource answers on its collection, ``{path}.json`` (``listing``: GET, ``create``:
    POST), and on one record, ``{path}/{key}.json`` (``fetch``: GET, ``update``: POST,
    ``delete``: DELETE)::

        queues = Resource(ACCOUNT + "/Queues")

        @queues.fetch
        def fetch(incoming: Incoming) -> Response: ...

    Routes keep the order they are declared in, which decides between templates that
    fit the same path.

    Args:
        path: The collection's path template, without ``.json``.
        key: The path parameter naming one record.
    """

    listing = _Verb("GET", "collection")
    create = _Verb("POST", "collection")
    fetch = _Verb("GET", "record")
    update = _Verb("POST", "record")
    delete = _Verb("DELETE", "record")

    def __init__(self, path: str, *, key: str = "Sid") -> None:
        self.path = path
        self.collection = f"{path}.json"
        self.record = f"{path}/{{{key}}}.json"
        self.routes: list[Route] = []

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        """Return a decorator answering ``method`` on ``template`` with the handler it takes."""

        def add(handler: Handler) -> Handler:
            self.routes.append(Route(method, template, handler))
            return handler

        return add


class Router:
    """An ordered table of routes."""

    def __init__(self, routes: Iterable[Route] = ()) -> None:
        self.routes = list(routes)

    def include(self, *resources: Resource) -> None:
        """Answer the routes of ``resources``, in order, after those already added."""
        for resource in resources:
            self.routes.extend(resource.routes)

    def resolve(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """Find the route for ``method`` and ``path``.

        Returns:
            ``(route, parameters, path_known)``: the route is None when nothing answers
            ``method`` there; ``path_known`` then tells a 405 (another method would
            answer) from a 404.
        """
        path_known = False
        for route in self.routes:
            parameters = route.match(path)
            if parameters is None:
                continue
            if route.method == method:
                return route, parameters, True
            path_known = True
        return None, {}, path_known
