"""Misuse is refused: nesting TwiML does not allow, values outside closed sets, bad text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.twiml._recipes import child_methods, reachable_classes
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.twiml import MessagingResponse, TwiML, VoiceResponse
from twilio_sansio.twiml._element import adds, child_classes
from twilio_sansio.twiml.messaging_response import Message
from twilio_sansio.twiml.voice_response import Dial, Number, Say, SsmlBreak


def test_a_verb_that_cannot_nest_has_no_method_to_nest_it() -> None:
    dial = VoiceResponse().dial()
    with pytest.raises(AttributeError):
        dial.say("x")  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        VoiceResponse().gather().dial()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        MessagingResponse().message().say("x")  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        VoiceResponse().queue("support")  # type: ignore[attr-defined]


def test_append_and_nest_refuse_an_element_the_parent_cannot_hold() -> None:
    response = VoiceResponse()
    with pytest.raises(InvalidArgument, match="<Say> cannot be placed in <Dial>"):
        Dial().append(Say("x"))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="<Number> cannot be placed in <Response>"):
        response.nest(Number("+14155550100"))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="<Message> cannot be placed in <Response>"):
        response.append(Message("voice is not messaging"))  # type: ignore[arg-type]
    assert response.children == ()


def test_append_returns_the_parent_and_nest_the_child() -> None:
    response = VoiceResponse()
    dial = Dial()
    assert response.append(dial) is response
    say = Say("hi")
    assert response.nest(say) is say
    assert response.children == (dial, say)
    with pytest.raises(InvalidArgument):
        say.nest(Say("no"))  # type: ignore[arg-type]
    assert say.nest(SsmlBreak()).tag == "break"


def test_the_methods_and_the_declared_children_agree() -> None:
    for element in reachable_classes():
        assert set(child_methods(element).values()) == child_classes(element), element


MISUSE: list[tuple[Callable[[], object], str]] = [
    (lambda: VoiceResponse().dial(method="PUT"), "method='PUT'"),  # type: ignore[arg-type]
    (lambda: VoiceResponse().reject(reason="later"), "reason='later'"),  # type: ignore[arg-type]
    (lambda: VoiceResponse().gather(input="touch"), "input='touch'"),  # type: ignore[arg-type]
    (lambda: VoiceResponse().say().break_(strength="huge"), "'huge'"),  # type: ignore[arg-type]
    (lambda: VoiceResponse().dial().number("+1", status_callback_event=["go"]), "'go'"),  # type: ignore[list-item]
    (lambda: VoiceResponse().dial().conference("r", beep="sometimes"), "beep="),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("build", "message"), MISUSE)
def test_a_value_outside_a_closed_set_is_refused(build: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        build()


def test_an_open_attribute_takes_any_text_and_a_closed_one_its_other_types() -> None:
    response = VoiceResponse()
    response.say("x", voice="Polly.Brand-New-Voice")
    response.dial().conference("room", beep=True)
    response.dial().number("+1", status_callback_event="initiated answered")
    assert 'beep="true"' in str(response)


@pytest.mark.parametrize("bad", ["\x00", "a\x1fb", "\ud800", "\ufffe"])
def test_text_xml_cannot_carry_is_refused(bad: str) -> None:
    with pytest.raises(InvalidArgument, match="XML cannot carry"):
        VoiceResponse().say(bad)
    with pytest.raises(InvalidArgument, match="XML cannot carry"):
        VoiceResponse().say("ok", voice=bad)


@pytest.mark.parametrize("value", [{"a": 1}, object(), b"bytes", type(None)])
def test_a_value_of_another_type_is_refused(value: object) -> None:
    with pytest.raises(InvalidArgument, match="cannot be a"):
        VoiceResponse().dial(caller_id=value)  # type: ignore[arg-type]


def test_text_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="must be a string"):
        VoiceResponse().say(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["", "1abc", "a b", 'a"', "x=y", "a:b:c"])
def test_set_attribute_refuses_a_name_that_is_not_an_xml_name(name: str) -> None:
    with pytest.raises(InvalidArgument, match="not an XML attribute name"):
        VoiceResponse().set_attribute(name, "v")


def test_an_unknown_keyword_is_refused() -> None:
    with pytest.raises(TypeError):
        VoiceResponse().dial(callerid="+1")  # type: ignore[call-arg]


def test_only_an_element_class_can_be_declared_as_a_child() -> None:
    with pytest.raises(TypeError):
        adds(dict)  # type: ignore[type-var]


def test_an_element_is_a_context_manager_returning_itself() -> None:
    response = VoiceResponse()
    with response.gather(num_digits=1) as gather:
        gather.say("Press 1")
    assert str(response).endswith('<Gather numDigits="1"><Say>Press 1</Say></Gather></Response>')
    assert isinstance(gather, TwiML)
