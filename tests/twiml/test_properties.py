"""Hypothesis: any document parses as XML and gives back exactly the text it was built from."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, strategies as st

from tests.twiml._recipes import build, random_recipe
from tests.twiml._xml_tree import Tree, parse
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.twiml import MessagingResponse, TwiML, VoiceResponse

RESPONSES = {"VoiceResponse": VoiceResponse, "MessagingResponse": MessagingResponse}
_XML_NAMESPACE = "{http://www.w3.org/XML/1998/namespace}"
_FORBIDDEN = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + ["\ufffe", "\uffff"]

xml_text = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters=_FORBIDDEN), max_size=40
)
"""Any text XML 1.0 can carry: every plane, markup characters, tabs, CR and LF."""


def _model(element: TwiML) -> Tree:
    """What the builder holds, in the parsed-tree form (``xml:lang`` as a parser names it)."""
    attributes = {name.replace("xml:", _XML_NAMESPACE): v for name, v in element.attributes}
    return (element.tag, attributes, element.text or "", [_model(c) for c in element.children])


@given(st.randoms(use_true_random=False))
def test_a_random_document_parses_back_to_what_was_built(rng: random.Random) -> None:
    response = build(random_recipe(rng), RESPONSES, lists=True)
    assert parse(str(response)) == _model(response)
    assert parse(response.to_xml(xml_declaration=False)) == _model(response)


@given(text=xml_text, value=xml_text, words=xml_text)
def test_any_text_and_attribute_value_round_trip_exactly(text: str, value: str, words: str) -> None:
    response = VoiceResponse()
    say = response.say(text, voice=value, language=value)
    say.lang(words, xml_lang=value).say_as(words, interpret_as=value)
    tag, _, _, [(_, say_attributes, say_text, [lang])] = parse(str(response))
    assert tag == "Response"
    assert say_text == text
    assert say_attributes == {"voice": value, "language": value}
    assert lang[1] == {f"{_XML_NAMESPACE}lang": value}
    assert lang[2] == words
    assert lang[3][0][1:3] == ({"interpret-as": value}, words)


@given(body=xml_text, url=xml_text, to=xml_text)
def test_a_message_round_trips_its_body_media_and_addresses(body: str, url: str, to: str) -> None:
    response = MessagingResponse()
    message = response.message(to=to, from_=to)
    message.body(body)
    message.media(url)
    (_, _, _, [(_, attributes, _, [(_, _, body_text, _), (_, _, url_text, _)])]) = parse(
        str(response)
    )
    assert attributes == {"to": to, "from": to}
    assert (body_text, url_text) == (body, url)


@given(prefix=xml_text, bad=st.sampled_from([*_FORBIDDEN, "\ud800", "\udfff"]), suffix=xml_text)
def test_text_xml_cannot_carry_raises_invalid_argument_only(
    prefix: str, bad: str, suffix: str
) -> None:
    with pytest.raises(InvalidArgument):
        VoiceResponse().say(prefix + bad + suffix)
    with pytest.raises(InvalidArgument):
        MessagingResponse().message(to=prefix + bad + suffix)
