"""The resources the fake Twilio serves, one module each; :func:`build_router` wires them."""

from __future__ import annotations

from twilio_sansio.testing.fake.resources import (
    accounts,
    alerts,
    applications,
    available_numbers,
    call_media,
    call_messages,
    call_payments,
    caller_ids,
    calls,
    conferences,
    feedback,
    incoming_numbers,
    keys,
    lookups,
    messages,
    messaging,
    number_add_ons,
    queues,
    recording_add_ons,
    recordings,
    verifications,
    verify_services,
)
from twilio_sansio.testing.fake.router import Router

MODULES = (
    accounts,
    messages,
    feedback,
    calls,
    call_media,
    call_payments,
    call_messages,
    conferences,
    queues,
    recordings,
    recording_add_ons,
    incoming_numbers,
    number_add_ons,
    available_numbers,
    keys,
    applications,
    caller_ids,
    alerts,
    verify_services,
    verifications,
    lookups,
    messaging,
)


def build_router() -> Router:
    """Return a router answering every resource of the fake."""
    router = Router()
    for module in MODULES:
        router.include(*module.ROUTES)
    return router
