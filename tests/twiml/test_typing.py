"""mypy --strict accepts normal use of the builders and rejects misuse, line by line.

One mypy run (about 5 s with a cold cache, under 1 s warm) checks a file of
normal use, which must have no error, and a file of misuse in which every line marked
``# E: <fragment>`` must have an error containing the fragment, and no other line any.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api", reason="mypy (in the test extra) checks the typing")

NORMAL_USE = """
from twilio_sansio.twiml import MessagingResponse, VoiceResponse
from twilio_sansio.twiml.voice_response import Dial, Number, Say

response = VoiceResponse()
response.say("Hello", voice="Polly.Joanna", loop=2)
dial = response.dial(caller_id="+14105551234", answer_on_bridge=True, record="record-from-answer")
number: Number = dial.number("+14105556789", send_digits="ww1", method="GET")
dial.number("+1", status_callback_event=["initiated", "answered"])
dial.conference("room", beep="onEnter").set_attribute("newAttribute", True)
with response.gather(input="speech dtmf", action="/next", num_digits=1) as gather:
    gather.say("Press 1").prosody("slowly", rate="80%").break_(strength="weak")
response.append(Dial("+14155550100"))
goodbye = response.nest(Say("Goodbye"))  # typed as the union of the verbs a response holds
response.pay(valid_card_types=["visa", "amex"]).prompt(for_="payment-card-number", attempt=1)
response.connect().conversation_relay(url="wss://x", interruptible="speech", speechTimeout=3)
document: str = response.to_xml()
reply = MessagingResponse()
reply.message("Hi", to="+15005550006", from_="+14155550100").media("https://x/a.png")
text: str = str(reply)
"""

MISUSE = """
from twilio_sansio.twiml import MessagingResponse, VoiceResponse
from twilio_sansio.twiml.voice_response import Number, Say

response = VoiceResponse()
response.dial().say("x")  # E: "Dial" has no attribute "say"
response.gather().dial()  # E: "Gather" has no attribute "dial"
MessagingResponse().message().say("x")  # E: "Message" has no attribute "say"
response.dial(method="PUT")  # E: incompatible type "Literal['PUT']"
response.gather(input="touch")  # E: incompatible type "Literal['touch']"
response.dial(callerid="+1")  # E: Unexpected keyword argument "callerid"
response.dial().number()  # E: Too few arguments
response.dial().number("+1", status_callback_event=["started"])  # E: "Literal['started']"
response.append(Number("+1"))  # E: incompatible type "Number"
response.dial().append(Say("x"))  # E: incompatible type "Say"
response.say(42)  # E: incompatible type "int"
response.reject(reason="later")  # E: incompatible type "Literal['later']"
"""

_MARK = re.compile(r"#\s*E:\s*(.+)$")


def test_mypy_accepts_normal_use_and_rejects_each_misuse(tmp_path: Path) -> None:
    normal = tmp_path / "normal_use.py"
    misuse = tmp_path / "misuse.py"
    normal.write_text(NORMAL_USE, encoding="utf-8")
    misuse.write_text(MISUSE, encoding="utf-8")
    cache = Path(tempfile.gettempdir()) / "twilio-sansio-twiml-typing-cache"
    report, errors, _ = api.run(
        ["--strict", "--cache-dir", str(cache), "--no-error-summary", str(normal), str(misuse)]
    )
    assert not errors
    found: dict[tuple[str, int], list[str]] = {}
    for line in report.splitlines():
        path, number, message = line.split(":", 2)
        if "error:" in message:
            found.setdefault((Path(path).name, int(number)), []).append(message)
    expected = {
        ("misuse.py", number): mark.group(1)
        for number, text in enumerate(MISUSE.splitlines(), start=1)
        if (mark := _MARK.search(text))
    }
    assert set(found) == set(expected), report
    for place, fragment in expected.items():
        assert any(fragment in message for message in found[place]), (place, found[place])
