"""``client.lookups``: Lookup v2, what Twilio knows about a phone number."""

from __future__ import annotations

from functools import cached_property
from typing import TypeVar

from twilio_sansio._binding import Namespace, call
from twilio_sansio._products import ProductNamespace
from twilio_sansio.core.resources.lookups.phone_numbers import LookupPhoneNumberOperations
from twilio_sansio.core.resources.lookups.product import LookupOperations

C = TypeVar("C")


class LookupPhoneNumbersNamespace(Namespace[LookupPhoneNumberOperations, C]):
    """Look a phone number up: validity, formats and the data packages asked for."""

    get = call(LookupPhoneNumberOperations.get)


class LookupsNamespace(ProductNamespace[LookupOperations, C]):
    """Lookup v2: a number's line type in one call; full lookups in ``phone_numbers``."""

    line_type = call(LookupOperations.line_type)

    @cached_property
    def phone_numbers(self) -> LookupPhoneNumbersNamespace[C]:
        """Look a phone number up: validity, formats and the data packages asked for."""
        return LookupPhoneNumbersNamespace(self.client, LookupPhoneNumberOperations(self.config))
