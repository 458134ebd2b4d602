"""The base of every typed webhook event: the parameters Twilio sent, and how they map.

Each event is a frozen, slotted attrs class whose attributes are Twilio's parameters in
snake case: ``from_city`` reads ``FromCity``, ``from_`` reads ``From``. An attribute may
name another parameter in its metadata (``{"twilio": "Name"}``), or none
(``{"twilio": None}``) when it is not read from one parameter (``media``). Events are
built with :meth:`WebhookEvent.from_params` (or by ``parse_webhook``, which checks the
signature first); the conversion lives in one module, ``_structure``, that alone imports
cattrs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self

import attrs

from twilio_sansio.webhooks.values import Sid

__all__ = ["WebhookEvent"]

TWILIO_NAME = "twilio"


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """What every webhook carries, whatever its kind.

    Events are frozen and hashable (every attribute is immutable), and compare equal
    when every attribute, and every parameter Twilio sent, is equal.

    Attributes:
        account_sid: The account the event belongs to (``AccountSid``).
        params: Every parameter Twilio sent, documented or not, in the order sent.
        idempotency_token: The ``I-Twilio-Idempotency-Token`` header: the same on each
            retry of one webhook, so a handler can drop the repeats. None when absent.
    """

    account_sid: Sid
    params: tuple[tuple[str, str], ...] = attrs.field(
        default=(), repr=False, metadata={TWILIO_NAME: None}
    )
    idempotency_token: str | None = attrs.field(default=None, metadata={TWILIO_NAME: None})

    @classmethod
    def from_params(
        cls,
        params: Mapping[str, str] | Iterable[tuple[str, str]],
        *,
        idempotency_token: str | None = None,
    ) -> Self:
        """Build the event out of the parameters Twilio sent, without checking a signature.

        For parameters that are already trusted (a test, a queue of verified requests);
        a handler of live requests uses ``parse_webhook``, which checks the signature.

        Args:
            params: The parameters, as a mapping or ``(name, value)`` pairs (the form of
                a POST, the query of a GET).
            idempotency_token: The request's ``I-Twilio-Idempotency-Token`` header.

        Returns:
            The typed event; parameters it does not declare stay in ``params``/``raw``.

        Raises:
            MissingParameter: A parameter the event always carries is absent.
            MalformedParameter: A parameter is not of its documented shape, or a parameter
                the event reads is sent more than once.
            InvalidArgument: ``params`` holds something other than text.

        """
        from twilio_sansio.webhooks._structure import structure

        return structure(cls, params, idempotency_token)

    @classmethod
    def parameter_names(cls) -> dict[str, str]:
        """Map each attribute read from one parameter to Twilio's name of it.

        Returns:
            For example ``{"account_sid": "AccountSid", "from_": "From", ...}``.

        """
        return dict(_parameter_names_of(cls))

    @classmethod
    def _derived(cls, params: Mapping[str, str]) -> dict[str, Any]:
        """Return the attributes read from several parameters at once; none by default.

        Raises:
            WebhookPayloadError: The parameters do not fit together.
        """
        return {}

    @property
    def raw(self) -> dict[str, str]:
        """Every parameter Twilio sent, by name (a new dict on each read).

        For a name sent more than once, the last value; ``params`` keeps them all.
        """
        return dict(self.params)

    def get(self, name: str, default: Any = None) -> Any:
        """Return the parameter ``name`` as Twilio sent it (text), or ``default``.

        For parameters the event does not declare (``event.get("AddOns")``).
        """
        for key, value in reversed(self.params):
            if key == name:
                return value
        return default


_PARAMETER_NAMES: dict[type[WebhookEvent], dict[str, str]] = {}


def _parameter_names_of(cls: type[WebhookEvent]) -> dict[str, str]:
    found = _PARAMETER_NAMES.get(cls)
    if found is None:
        found = _PARAMETER_NAMES[cls] = {
            field.name: field.metadata.get(TWILIO_NAME, _twilio_name(field.name))
            for field in attrs.fields(cls)
            if field.metadata.get(TWILIO_NAME, "") is not None
        }
    return found


def _twilio_name(attribute: str) -> str:
    """``from_city`` → ``FromCity``; ``from_`` → ``From``."""
    return "".join(part[:1].upper() + part[1:] for part in attribute.split("_") if part)
