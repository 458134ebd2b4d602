"""Start-up cost: what importing the package and building a Client pull in."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY_FOR_A_SYNC_CLIENT = ("jwt", "cattrs", "trio", "httpx", "anyio", "phonenumbers.data")


def modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(out))


def test_importing_the_core_does_not_import_urllib3() -> None:
    loaded = modules_after("import twilio_sansio.core, twilio_sansio.core.resources.messages")
    assert "urllib3" not in loaded


def test_building_a_sync_client_imports_no_heavy_module() -> None:
    loaded = modules_after(
        "from twilio_sansio import Client\n"
        f"c = Client('AC{'0' * 32}', 'token')\n"
        "c.messages.operations.get('SM' + '1' * 32)"
    )
    assert "urllib3" in loaded
    for name in HEAVY_FOR_A_SYNC_CLIENT:
        assert name not in loaded, f"{name} was imported"


def test_building_a_client_and_an_operation_imports_neither_attrs_nor_inspect() -> None:
    # The core's values are hand-written slotted classes (core/_value.py): attrs and the
    # inspect it pulls in cost about 20 ms. A namespace method's signature, built with
    # inspect, waits for the method's first use.
    loaded = modules_after(
        "from twilio_sansio import Client\n"
        f"c = Client('AC{'0' * 32}', 'token')\n"
        "c.messages.operations.get('SM' + '1' * 32)"
    )
    assert "twilio_sansio.core.operation" in loaded
    for name in ("attrs", "attr", "inspect"):
        assert name not in loaded, f"{name} was imported"


SEND_A_CALL = """
import json
from twilio_sansio import Client, Response

class Canned:
    def send(self, request, *, timeout):
        body = {"sid": "SM" + "1" * 32, "price": "-0.0075", "price_unit": "USD"}
        return Response(200, [("Content-Type", "application/json")], json.dumps(body).encode())

    def close(self):
        pass

c = Client("AC" + "0" * 32, "token", transport=Canned())
message = c.messages.get("SM" + "1" * 32)
assert message.price.currency == "USD", message
"""


def test_sending_a_call_imports_neither_attrs_nor_inspect() -> None:
    # A bound method's signature is computed when first asked (_binding.py).
    loaded = modules_after(SEND_A_CALL)
    assert "twilio_sansio.core.retry" in loaded
    for name in ("attrs", "attr", "inspect"):
        assert name not in loaded, f"{name} was imported"


def test_a_namespace_or_product_is_imported_when_first_used() -> None:
    products = ("verify", "lookups", "messaging")
    client = f"from twilio_sansio import Client\nc = Client('AC{'0' * 32}', 'token')\n"
    loaded = modules_after(client + "c.messages")
    for product in products:
        assert f"twilio_sansio._products.{product}" not in loaded
        assert f"twilio_sansio.core.resources.{product}" not in loaded
    assert "twilio_sansio._namespaces.calls" not in loaded
    assert "twilio_sansio.core.resources.calls" not in loaded
    loaded = modules_after(client + "c.verify.services")
    assert "twilio_sansio.core.resources.verify.services" in loaded
    assert "twilio_sansio._products.lookups" not in loaded


def test_importing_the_package_is_lazy() -> None:
    loaded = modules_after("import twilio_sansio")
    assert "twilio_sansio.client" not in loaded
    assert "attrs" not in loaded


def test_twiml_is_not_loaded_by_the_package_and_loads_nothing_heavy() -> None:
    assert "twilio_sansio.twiml" not in modules_after("import twilio_sansio")
    loaded = modules_after("from twilio_sansio.twiml import MessagingResponse, VoiceResponse")
    for name in ("urllib3", "attrs", "xml.etree.ElementTree", *HEAVY_FOR_A_SYNC_CLIENT):
        assert name not in loaded, f"{name} was imported"


def test_building_an_async_client_imports_h11_and_not_httpx() -> None:
    loaded = modules_after(
        "from twilio_sansio import AsyncClient\n"
        f"c = AsyncClient('AC{'0' * 32}', 'token')\n"
        "c.messages.operations.get('SM' + '1' * 32)"
    )
    assert "h11" in loaded
    for name in ("httpx", "jwt", "cattrs", "phonenumbers.data"):
        assert name not in loaded, f"{name} was imported"
