"""The public surface: every exported name resolves and is documented."""

from __future__ import annotations

import pytest

import twilio_sansio


def test_every_exported_name_resolves_and_has_a_docstring() -> None:
    for name in twilio_sansio.__all__:
        value = getattr(twilio_sansio, name)
        if name != "__version__":
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        twilio_sansio.NoSuchThing  # noqa: B018


def test_errors_share_the_library_root() -> None:
    for name in (
        "APIError",
        "UnexpectedResponseError",
        "TransportError",
        "ConnectError",
        "DeadlineExceeded",
        "ResponseTooLarge",
        "InvalidArgument",
        "NoMoreResults",
        "MissingSignature",
        "InvalidSignature",
        "MalformedBody",
        "MalformedValue",
    ):
        assert issubclass(getattr(twilio_sansio, name), twilio_sansio.TwilioError)
    assert issubclass(twilio_sansio.DeadlineExceeded, TimeoutError)
    assert issubclass(twilio_sansio.InvalidArgument, ValueError)
