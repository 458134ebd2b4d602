"""How documents are written: the declaration, attribute names and values, escaping."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from tests.twiml._recipes import build, every_method_with_every_argument, reachable_classes
from tests.twiml._xml_tree import parse
from twilio_sansio.twiml import MessagingResponse, TwiML, VoiceResponse
from twilio_sansio.twiml._attributes import attribute_name
from twilio_sansio.twiml.voice_response import Dial

RESPONSES = {"VoiceResponse": VoiceResponse, "MessagingResponse": MessagingResponse}
XML_NAMESPACE = "{http://www.w3.org/XML/1998/namespace}"
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def test_the_issue_example_renders_as_twilio_documents_it() -> None:
    response = VoiceResponse()
    response.say("Hello", voice="Polly.Joanna")
    dial = response.dial(caller_id="+14105551234", answer_on_bridge=True)
    dial.number("+14105556789", send_digits="ww1")
    gather = response.gather(input="speech dtmf", action="/next", num_digits=1)
    gather.say("Press or say one")
    assert str(response) == (
        DECLARATION + "<Response>"
        '<Say voice="Polly.Joanna">Hello</Say>'
        '<Dial answerOnBridge="true" callerId="+14105551234">'
        '<Number sendDigits="ww1">+14105556789</Number></Dial>'
        '<Gather action="/next" input="speech dtmf" numDigits="1"><Say>Press or say one</Say>'
        "</Gather></Response>"
    )


def test_str_and_to_xml_give_the_document_and_the_declaration_can_be_left_out() -> None:
    response = MessagingResponse()
    response.message("Hi")
    assert (
        str(response)
        == response.to_xml()
        == DECLARATION + "<Response><Message>Hi</Message></Response>"
    )
    assert response.to_xml(xml_declaration=False) == "<Response><Message>Hi</Message></Response>"
    assert VoiceResponse().to_xml() == DECLARATION + "<Response />"


def test_a_method_that_adds_a_child_returns_the_child() -> None:
    response = VoiceResponse()
    dial = response.dial()
    number = dial.number("+14155550100")
    assert isinstance(dial, Dial)
    assert response.children == (dial,)
    assert dial.children == (number,)


@pytest.mark.parametrize(
    ("keyword", "attribute"),
    [
        ("caller_id", "callerId"),
        ("recording_status_callback_event", "recordingStatusCallbackEvent"),
        ("from_", "from"),
        ("for_", "for"),
        ("xml_lang", "xml:lang"),
        ("interpret_as", "interpret-as"),
        ("url", "url"),
        ("backgroundNoiseReduction", "backgroundNoiseReduction"),
    ],
)
def test_keywords_become_twilios_attribute_names(keyword: str, attribute: str) -> None:
    assert attribute_name(keyword) == attribute


def test_values_render_as_twilio_reads_them() -> None:
    response = VoiceResponse()
    dial = response.dial(hangup_on_star=False, answer_on_bridge=True, timeout=0, caller_id=None)
    dial.number("+1", status_callback_event=["initiated", "answered"])
    pay = response.pay(valid_card_types=("visa", "amex"))
    pay.prompt(attempt=[2, 3])
    response.connect().conversation_relay(eager_eot_threshold=0.5)
    response.set_attribute("futureAttribute", Decimal("1.50"))
    assert parse(str(response)) == parse(
        '<Response futureAttribute="1.50">'
        '<Dial answerOnBridge="true" hangupOnStar="false" timeout="0">'
        '<Number statusCallbackEvent="initiated answered">+1</Number></Dial>'
        '<Pay validCardTypes="visa amex"><Prompt attempt="2 3" /></Pay>'
        '<Connect><ConversationRelay eagerEotThreshold="0.5" /></Connect></Response>'
    )


def test_none_omits_an_attribute_and_empty_text_writes_an_empty_element() -> None:
    response = VoiceResponse()
    response.say("", voice=None)
    response.pause(length=None)
    assert response.to_xml(xml_declaration=False) == "<Response><Say /><Pause /></Response>"


def test_text_and_attribute_values_are_always_escaped() -> None:
    response = VoiceResponse()
    response.say('</Say><Hangup/> & "quoted"', voice='a"b<c>&d\n\te\rf')
    response.play("https://example.com/a.mp3?x=1&y=<2>")
    document = response.to_xml(xml_declaration=False)
    assert document == (
        "<Response>"
        '<Say voice="a&quot;b&lt;c&gt;&amp;d&#10;&#09;e&#13;f">'
        '&lt;/Say&gt;&lt;Hangup/&gt; &amp; "quoted"</Say>'
        "<Play>https://example.com/a.mp3?x=1&amp;y=&lt;2&gt;</Play></Response>"
    )
    (_, _, _, [say, _]) = parse(document)
    assert say[1] == {"voice": 'a"b<c>&d\n\te\rf'}
    assert say[2] == '</Say><Hangup/> & "quoted"'


def test_a_carriage_return_in_text_survives_parsing() -> None:
    response = VoiceResponse()
    response.say("one\r\ntwo\r")
    assert parse(str(response))[3][0][2] == "one\r\ntwo\r"


def test_a_child_renders_on_its_own_and_repr_shows_its_xml() -> None:
    dial = VoiceResponse().dial("+14155550100")
    assert str(dial) == DECLARATION + "<Dial>+14155550100</Dial>"
    assert repr(dial) == "<Dial <Dial>+14155550100</Dial>>"


def test_deep_nesting_renders_without_recursion() -> None:
    say = VoiceResponse().say()
    inner = say.prosody()
    for _ in range(5000):
        inner = inner.prosody()
    document = say.to_xml(xml_declaration=False)
    assert document.count("<prosody>") == 5000
    assert document.endswith("<prosody />" + "</prosody>" * 5000 + "</Say>")


def test_every_verb_and_noun_renders_with_every_attribute() -> None:
    rendered: set[type[TwiML]] = set()
    for recipe in every_method_with_every_argument(random.Random(7)):
        element = build(recipe, RESPONSES, lists=True)
        while element.children:  # each recipe is one chain: a route, then the element
            (element,) = element.children[-1:]
        leaf = list(recipe.all_calls())[-1]
        tag, attributes, text, _ = parse(element.to_xml())
        names = {name.replace(XML_NAMESPACE, "xml:") for name in attributes}
        as_text = {k: v for k, v in leaf.arguments.items() if attribute_name(k) not in names}
        assert tag == element.tag == leaf.element.tag
        assert names == {attribute_name(k) for k in leaf.arguments} - set(
            map(attribute_name, as_text)
        )
        assert list(as_text.values()) in ([], [text]), "only the text is not an attribute"
        rendered.add(type(element))
    assert rendered == reachable_classes() - {VoiceResponse, MessagingResponse}
    assert len(rendered) == 61  # 57 voice verbs and nouns, 4 messaging ones
