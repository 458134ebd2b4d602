"""How a case reaches the network: its client namespace and method, its first request.

Shared by the conformance tests and ``tools/coverage_page.py``.
"""

from __future__ import annotations

from typing import Any

from tests.conformance.cases import ACCOUNT, TOKEN, Case
from twilio_sansio._namespaces import namespace_classes
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


def namespace_of(ops: type[Any]) -> tuple[str, type[Any]]:
    """The client attribute (``"messages"``) and namespace class serving ``ops``."""
    for name, (namespace_cls, operations_cls) in namespace_classes().items():
        if operations_cls is ops:
            return name, namespace_cls
    raise LookupError(f"no namespace serves {ops.__name__}")


def bound_methods(ops: type[Any], method: str) -> list[str]:
    """The namespace methods that run builder ``ops.method``, in declaration order."""
    builder = getattr(ops, method)
    _, namespace_cls = namespace_of(ops)
    names = []
    for klass in reversed(namespace_cls.__mro__):
        for name, value in vars(klass).items():
            if getattr(value, "build", None) is builder and name not in names:
                names.append(name)
    return names


def call_method(ops: type[Any], method: str) -> str:
    """The namespace method a case calls: the builder's namesake, else its page iterator."""
    names = bound_methods(ops, method)
    if method in names:
        return method
    iterators = [name for name in names if name.startswith("get_page_iterator")]
    assert iterators or names, f"{ops.__name__}.{method} is bound by no namespace method"
    return (iterators or names)[0]


def pages_method(ops: type[Any], method: str) -> str | None:
    """The page-iterator method bound to a first-page builder, if any (``get_page_iterator``)."""
    for name in bound_methods(ops, method):
        if name.startswith("get_") and "iterator" in name and name != method:
            return name
    return None
