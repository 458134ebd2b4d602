"""``client.messaging``: Messaging v1, Messaging Services and their senders."""

from __future__ import annotations

from functools import cached_property
from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records
from twilio_sansio._products import ProductNamespace
from twilio_sansio.core.resources.messaging.alpha_senders import MessagingAlphaSenderOperations
from twilio_sansio.core.resources.messaging.phone_numbers import MessagingPhoneNumberOperations
from twilio_sansio.core.resources.messaging.product import MessagingOperations
from twilio_sansio.core.resources.messaging.services import MessagingServiceOperations
from twilio_sansio.core.resources.messaging.short_codes import MessagingShortCodeOperations

C = TypeVar("C")


class MessagingServicesNamespace(Namespace[MessagingServiceOperations, C]):
    """Messaging Services: create, fetch, update, delete and list."""

    create = call(MessagingServiceOperations.create)
    get = call(MessagingServiceOperations.get)
    update = call(MessagingServiceOperations.update)
    delete = call(MessagingServiceOperations.delete)
    get_page = call(MessagingServiceOperations.get_page)
    get_page_at = call(MessagingServiceOperations.get_page_at)
    get_page_iterator = pages(MessagingServiceOperations.get_page)
    iterate = records(MessagingServiceOperations.get_page)


class MessagingPhoneNumbersNamespace(Namespace[MessagingPhoneNumberOperations, C]):
    """Phone numbers of a Messaging Service (service SID first): add, fetch, remove, list."""

    add = call(MessagingPhoneNumberOperations.create)
    create = call(MessagingPhoneNumberOperations.create)
    get = call(MessagingPhoneNumberOperations.get)
    remove = call(MessagingPhoneNumberOperations.delete)
    delete = call(MessagingPhoneNumberOperations.delete)
    get_page = call(MessagingPhoneNumberOperations.get_page)
    get_page_at = call(MessagingPhoneNumberOperations.get_page_at)
    get_page_iterator = pages(MessagingPhoneNumberOperations.get_page)
    iterate = records(MessagingPhoneNumberOperations.get_page)


class MessagingShortCodesNamespace(Namespace[MessagingShortCodeOperations, C]):
    """Short codes of a Messaging Service (service SID first): add, fetch, remove, list."""

    add = call(MessagingShortCodeOperations.create)
    create = call(MessagingShortCodeOperations.create)
    get = call(MessagingShortCodeOperations.get)
    remove = call(MessagingShortCodeOperations.delete)
    delete = call(MessagingShortCodeOperations.delete)
    get_page = call(MessagingShortCodeOperations.get_page)
    get_page_at = call(MessagingShortCodeOperations.get_page_at)
    get_page_iterator = pages(MessagingShortCodeOperations.get_page)
    iterate = records(MessagingShortCodeOperations.get_page)


class MessagingAlphaSendersNamespace(Namespace[MessagingAlphaSenderOperations, C]):
    """Alphanumeric sender IDs of a Messaging Service (service SID first): add, fetch, remove."""

    add = call(MessagingAlphaSenderOperations.create)
    create = call(MessagingAlphaSenderOperations.create)
    get = call(MessagingAlphaSenderOperations.get)
    remove = call(MessagingAlphaSenderOperations.delete)
    delete = call(MessagingAlphaSenderOperations.delete)
    get_page = call(MessagingAlphaSenderOperations.get_page)
    get_page_at = call(MessagingAlphaSenderOperations.get_page_at)
    get_page_iterator = pages(MessagingAlphaSenderOperations.get_page)
    iterate = records(MessagingAlphaSenderOperations.get_page)


class MessagingNamespace(ProductNamespace[MessagingOperations, C]):
    """Messaging v1: Messaging Services and their phone numbers, short codes, sender IDs."""

    @cached_property
    def services(self) -> MessagingServicesNamespace[C]:
        """Messaging Services: create, fetch, update, delete and list."""
        return MessagingServicesNamespace(self.client, MessagingServiceOperations(self.config))

    @cached_property
    def phone_numbers(self) -> MessagingPhoneNumbersNamespace[C]:
        """Phone numbers of a Messaging Service (service SID first): add, fetch, remove, list."""
        return MessagingPhoneNumbersNamespace(
            self.client, MessagingPhoneNumberOperations(self.config)
        )

    @cached_property
    def short_codes(self) -> MessagingShortCodesNamespace[C]:
        """Short codes of a Messaging Service (service SID first): add, fetch, remove, list."""
        return MessagingShortCodesNamespace(self.client, MessagingShortCodeOperations(self.config))

    @cached_property
    def alpha_senders(self) -> MessagingAlphaSendersNamespace[C]:
        """Alphanumeric sender IDs of a Messaging Service (service SID first)."""
        return MessagingAlphaSendersNamespace(
            self.client, MessagingAlphaSenderOperations(self.config)
        )
