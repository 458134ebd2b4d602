"""Verify v2 as a sub-client: ``client.verify`` and its resources' namespaces."""

from __future__ import annotations

from functools import cached_property
from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records
from twilio_sansio._products import ProductNamespace
from twilio_sansio.core.resources.verify.codes import VerifyOperations
from twilio_sansio.core.resources.verify.services import VerifyServiceOperations
from twilio_sansio.core.resources.verify.verification_checks import VerificationCheckOperations
from twilio_sansio.core.resources.verify.verifications import VerificationOperations

C = TypeVar("C")

__all__ = [
    "VerificationChecksNamespace",
    "VerificationsNamespace",
    "VerifyNamespace",
    "VerifyServicesNamespace",
]


class VerifyServicesNamespace(Namespace[VerifyServiceOperations, C]):
    """Verify services: create, fetch, update, delete and list."""

    create = call(VerifyServiceOperations.create)
    get = call(VerifyServiceOperations.get)
    update = call(VerifyServiceOperations.update)
    delete = call(VerifyServiceOperations.delete)
    get_page = call(VerifyServiceOperations.get_page)
    get_page_at = call(VerifyServiceOperations.get_page_at)
    get_page_iterator = pages(VerifyServiceOperations.get_page)
    iterate = records(VerifyServiceOperations.get_page)


class VerificationsNamespace(Namespace[VerificationOperations, C]):
    """Verifications of a service (service SID first): start, fetch, approve, cancel."""

    create = call(VerificationOperations.create)
    get = call(VerificationOperations.get)
    update = call(VerificationOperations.update)
    approve = call(VerificationOperations.approve)
    cancel = call(VerificationOperations.cancel)


class VerificationChecksNamespace(Namespace[VerificationCheckOperations, C]):
    """Checks of a code against a pending verification (service SID first)."""

    create = call(VerificationCheckOperations.create)


class VerifyNamespace(ProductNamespace[VerifyOperations, C]):
    """Verify v2: send and check one-time codes; services, verifications and checks."""

    send_code = call(VerifyOperations.send_code)
    check_code = call(VerifyOperations.check_code)

    @cached_property
    def services(self) -> VerifyServicesNamespace[C]:
        """Verify services: create, fetch, update, delete and list."""
        return VerifyServicesNamespace(self.client, VerifyServiceOperations(self.config))

    @cached_property
    def verifications(self) -> VerificationsNamespace[C]:
        """Verifications of a service (service SID first): start, fetch, approve, cancel."""
        return VerificationsNamespace(self.client, VerificationOperations(self.config))

    @cached_property
    def verification_checks(self) -> VerificationChecksNamespace[C]:
        """Checks of a code against a pending verification (service SID first)."""
        return VerificationChecksNamespace(self.client, VerificationCheckOperations(self.config))
