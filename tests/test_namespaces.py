"""The two clients expose the same namespaces and methods, with the builders' signatures."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from operator import attrgetter
from typing import Any

import pytest

from twilio_sansio import AsyncClient, Client
from twilio_sansio._namespaces import namespace_classes
from twilio_sansio._products import member_namespaces

ACCOUNT = "AC" + "0" * 32


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Client, AsyncClient]]:
    from twilio_sansio.testing import FakeTwilio

    fake = FakeTwilio()
    with fake.client() as sync:
        yield sync, fake.async_client()


def public(obj: object) -> set[str]:
    return {name for name in dir(obj) if not name.startswith("_")}


def methods(group: object) -> set[str]:
    """A namespace's methods: not its client, operations, config or member namespaces."""
    held = {"client", "operations", "config"} | member_namespaces(type(group)).keys()
    return public(group) - held


def test_namespace_classes_name_every_namespace() -> None:
    found = namespace_classes()
    assert {"messages", "calls", "incoming_numbers", "alerts", "endpoints"} <= found.keys()
    assert {"lookups", "lookups.phone_numbers", "messaging", "messaging.services"} <= found.keys()
    # API 2010, Monitor and endpoints: 31; Verify: 4; Lookups: 2; Messaging: 5.
    assert len(found) == 42
    for name, (namespace_cls, operations_cls) in found.items():
        assert namespace_cls.__name__.endswith("Namespace"), name
        assert operations_cls.__name__.endswith("Operations"), name


def test_verify_is_a_product_with_its_resources_namespaces() -> None:
    found = namespace_classes()
    verify = {name for name in found if name.split(".")[0] == "verify"}
    assert verify == {
        "verify",
        "verify.services",
        "verify.verifications",
        "verify.verification_checks",
    }


def test_both_clients_have_the_same_namespaces_and_methods(
    clients: tuple[Client, AsyncClient],
) -> None:
    sync, asynchronous = clients
    for name in namespace_classes():
        sync_group, async_group = attrgetter(name)(sync), attrgetter(name)(asynchronous)
        assert public(sync_group) == public(async_group), name
        assert methods(sync_group) or member_namespaces(type(sync_group)), name


def test_both_clients_have_the_same_public_methods() -> None:
    # The one difference: closing (close and a sync context; aclose and an async one).
    assert public(Client) - {"close"} == public(AsyncClient) - {"aclose"}


def test_a_method_has_its_builders_parameters_on_both_clients(
    clients: tuple[Client, AsyncClient],
) -> None:
    for client in clients:
        parameters = list(inspect.signature(client.messages.send_message).parameters)
        assert parameters[:3] == ["from_", "to", "body"]
        assert "media_urls" in parameters
        assert list(inspect.signature(client.calls.get).parameters) == ["sid"]


def test_every_bound_method_carries_its_builders_docstring_and_name(
    clients: tuple[Client, AsyncClient],
) -> None:
    for client in clients:
        for name, (namespace_cls, _ops) in namespace_classes().items():
            group = attrgetter(name)(client)
            for attribute in methods(group):
                method = getattr(group, attribute)
                assert inspect.getdoc(method), f"{name}.{attribute} has no docstring"
                assert method.__name__ == attribute
                assert method.__qualname__ == f"{namespace_cls.__qualname__}.{attribute}"


def test_a_bound_method_shows_its_builders_signature_and_source(
    clients: tuple[Client, AsyncClient],
) -> None:
    from twilio_sansio.core.resources.messages import MessageOperations

    for client in clients:
        method = client.messages.get
        assert str(inspect.signature(method)) == "(sid: 'str')"
        assert inspect.unwrap(method) is MessageOperations.get
        assert inspect.getsource(method).lstrip().startswith("def get(")


def test_a_bound_method_is_built_once_per_namespace(
    clients: tuple[Client, AsyncClient],
) -> None:
    for client in clients:
        assert client.messages.get is client.messages.get
        assert client.messages is client.messages


def test_bad_arguments_raise_at_the_call_on_both_clients(
    clients: tuple[Client, AsyncClient],
) -> None:
    from twilio_sansio import InvalidArgument

    for client in clients:
        method: Any = client.messages.get
        with pytest.raises(InvalidArgument):
            method("not a sid")  # the async method raises before returning an awaitable


def test_a_view_builds_its_own_namespaces(clients: tuple[Client, AsyncClient]) -> None:
    sub = "AC" + "1" * 32
    for client in clients:
        parent = client.messages
        view = client.for_subaccount(sub)
        assert view.messages is not parent
        request = view.messages.operations.get("SM" + "2" * 32).request
        assert sub in request.url
        assert client.messages is parent
