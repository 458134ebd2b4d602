"""``twilio-sansio --help`` stays fast: it imports no client, HTTP, JWT or fake module."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("twilio_sansio.client", "urllib3", "jwt", "trio", "httpx", "attrs", "phonenumbers")


def test_help_imports_nothing_heavy() -> None:
    script = (
        "import contextlib, io, json, sys\n"
        "from twilio_sansio.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['--help'])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    code, loaded = json.loads(out)
    assert code == 0
    assert "twilio_sansio.cli.commands.messages" in loaded
    for name in HEAVY:
        assert name not in loaded, f"{name} was imported"
