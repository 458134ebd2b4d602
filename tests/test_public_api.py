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
        twilio_sansio.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018


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


def test_the_type_checkers_mirror_names_exactly_the_lazy_exports() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(twilio_sansio.__file__).read_text(encoding="utf-8"))
    mirrored: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                assert statement.module is not None
                assert all(alias.asname == alias.name for alias in statement.names)
                mirrored[statement.module] = tuple(alias.name for alias in statement.names)
    assert mirrored == twilio_sansio._EXPORTS


def test_the_models_module_exports_every_model_and_enum() -> None:
    import importlib
    import pkgutil

    import twilio_sansio.core.resources as resources
    import twilio_sansio.models as models
    from twilio_sansio.core.enums import OpenStrEnum
    from twilio_sansio.core.model import Record

    defined = set()
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and issubclass(value, Record | OpenStrEnum)
            ):
                defined.add(name)
    assert defined, "no model found: the walk is broken"
    assert defined <= set(models.__all__)
    for name in models.__all__:
        assert (getattr(models, name).__doc__ or "").strip(), name
