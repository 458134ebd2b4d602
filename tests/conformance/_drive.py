"""How a case reaches the network: its client namespace and method, its first request.

Shared by the conformance tests and ``tools/coverage_page.py``.
"""

from __future__ import annotations

from typing import Any

from tests.conformance.cases import ACCOUNT, TOKEN, Case
from twilio_sansio._async_namespaces import AsyncResources
from twilio_sansio._sync_namespaces import SyncResources
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.http import Request
from twilio_sansio.core.operation import Operation


def offline_config() -> ClientConfig:
    """A configuration on Twilio's own hosts, for building requests without sending them."""
    return ClientConfig(
        ACCOUNT, Credentials.from_auth_token(ACCOUNT, TOKEN), BaseUrls.build(None), "conformance"
    )


def first_request(case: Case, config: ClientConfig | None = None) -> Request:
    """The request a case sends first (the first page, for paging state)."""
    built = getattr(case.operations(config or offline_config()), case.method)(
        *case.args, **case.kwargs
    )
    if isinstance(built, Operation):
        return built.request
    operation = built.next_operation()
    assert isinstance(operation, Operation), case.id
    return operation.request


def _namespace_classes(resources: type[Any]) -> dict[type[Any], tuple[str, type[Any]]]:
    """Map each operations class to ``(client attribute, namespace class)``."""
    found: dict[type[Any], tuple[str, type[Any]]] = {}
    for name, value in vars(resources).items():
        namespace_cls = getattr(value, "make", None)
        operations_cls = getattr(value, "operations", None)
        if isinstance(namespace_cls, type) and isinstance(operations_cls, type):
            found[operations_cls] = (name, namespace_cls)
    return found


def namespace_of(ops: type[Any], *, asynchronous: bool = False) -> tuple[str, type[Any]]:
    """The client attribute (``"messages"``) and namespace class serving ``ops``."""
    return _namespace_classes(AsyncResources if asynchronous else SyncResources)[ops]


def bound_methods(ops: type[Any], method: str, *, asynchronous: bool = False) -> list[str]:
    """The namespace methods that run builder ``ops.method``, in declaration order."""
    builder = getattr(ops, method)
    _, namespace_cls = namespace_of(ops, asynchronous=asynchronous)
    names = []
    for klass in reversed(namespace_cls.__mro__):
        for name, value in vars(klass).items():
            if getattr(value, "build", None) is builder and name not in names:
                names.append(name)
    return names


def call_method(ops: type[Any], method: str, *, asynchronous: bool = False) -> str:
    """The namespace method a case calls: the builder's namesake, else its page iterator."""
    names = bound_methods(ops, method, asynchronous=asynchronous)
    if method in names:
        return method
    iterators = [name for name in names if name.startswith("get_page_iterator")]
    assert iterators or names, f"{ops.__name__}.{method} is bound by no namespace method"
    return (iterators or names)[0]


def pages_method(ops: type[Any], method: str, *, asynchronous: bool = False) -> str | None:
    """The page-iterator method bound to a first-page builder, if any (``get_page_iterator``)."""
    for name in bound_methods(ops, method, asynchronous=asynchronous):
        if name.startswith("get_") and "iterator" in name and name != method:
            return name
    return None
