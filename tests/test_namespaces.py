"""The two clients expose the same namespaces, bound to the same core builders."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path

from twilio_sansio import AsyncClient, Client
from twilio_sansio._settings import namespace

ROOT = Path(__file__).resolve().parent.parent


def test_the_async_namespaces_module_is_generated_from_the_sync_one() -> None:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "tools/gen_async_namespaces.py")
    assert spec is not None
    assert spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    sync_source = (ROOT / "twilio_sansio/_sync_namespaces.py").read_text(encoding="utf-8")
    async_source = (ROOT / "twilio_sansio/_async_namespaces.py").read_text(encoding="utf-8")
    assert async_source == gen.generate(sync_source), "run tools/gen_async_namespaces.py"


def namespaces(cls: type) -> dict[str, object]:
    return {k: v for k, v in vars(cls).items() if isinstance(v, namespace)}


def test_both_clients_have_the_same_namespaces_and_methods() -> None:
    sync, asynchronous = namespaces(Client), namespaces(AsyncClient)
    assert sync.keys() == asynchronous.keys()
    for name in sync:
        sync_methods = {k for k in vars(sync[name].make) if not k.startswith("_")}  # type: ignore[attr-defined]
        async_methods = {k for k in vars(asynchronous[name].make) if not k.startswith("_")}  # type: ignore[attr-defined]
        assert sync_methods == async_methods, name


def test_every_bound_method_carries_its_builders_docstring() -> None:
    with Client("AC" + "0" * 32, "token") as client:
        for name in namespaces(Client):
            group = getattr(client, name)
            for attribute in vars(type(group)):
                if attribute.startswith("_"):
                    continue
                method = getattr(group, attribute)
                assert inspect.getdoc(method), f"{name}.{attribute} has no docstring"
