"""Sub-clients for Twilio's products beyond API 2010: ``client.verify``, ``client.lookups``...

A product is a namespace of its own: it binds the product's helpers (``send_code``), like
any namespace, and holds one namespace per resource of the product (``services``), built
on first use and cached on the product. Names therefore never collide across products:
``client.verify.services`` and ``client.messaging.services`` are different namespaces.

A product module declares its resource namespaces as usual and the product like this:

.. code-block:: python

    class VerifyNamespace(ProductNamespace[VerifyOperations, C]):
        send_code = call(VerifyOperations.send_code)

        @cached_property
        def services(self) -> VerifyServicesNamespace[C]:
            return VerifyServicesNamespace(self.client, VerifyServiceOperations(self.config))

and :class:`~twilio_sansio._namespaces.Resources` gives the clients one attribute for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from twilio_sansio._binding import Namespace
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.resources._build import ResourceOperations

O = TypeVar("O", bound=ResourceOperations)  # noqa: E741 - the product's helpers' builder
C = TypeVar("C")

__all__ = ["ProductNamespace", "member_namespaces"]


class ProductNamespace(Namespace[O, C]):
    """A product's sub-client: its helpers, and one namespace per resource of it.

    The product's operations object carries the client's configuration, which its
    resource namespaces are built over (``self.config``).
    """

    @property
    def config(self) -> ClientConfig:
        """The configuration the product's namespaces build their requests with."""
        return self.operations.config


def member_namespaces(
    holder: type, names: Mapping[str, Any] | None = None
) -> dict[str, tuple[type[Namespace[Any, Any]], type]]:
    """The namespaces ``holder`` builds in its cached properties, with their operations.

    ``{"services": (VerifyServicesNamespace, VerifyServiceOperations), ...}``, read from
    the properties' return annotations without building anything; ``names`` resolves
    annotations the holder's module imports only for type checkers.
    """
    found: dict[str, tuple[type[Namespace[Any, Any]], type]] = {}
    for klass in reversed(holder.__mro__):
        for name, attribute in vars(klass).items():
            if isinstance(attribute, cached_property):
                namespace_cls = get_origin(get_type_hints(attribute.func, localns=names)["return"])
                (base,) = namespace_cls.__orig_bases__
                found[name] = (namespace_cls, get_args(base)[0])
    return found
