"""``<Say>`` and the SSML elements that shape its speech (Amazon Polly and Google voices).

SSML elements nest inside each other (a ``<prosody>`` may hold a ``<prosody>``), so their
methods are written out in mixins rather than declared with ``adds``: a class cannot name
itself while it is being defined. Which element holds which follows Twilio's TwiML
reference for ``<Say>``; ``<w>`` holds no ``<w>`` or ``<lang>``, ``<s>`` no ``<p>`` or ``<s>``.
"""

from __future__ import annotations

from twilio_sansio.twiml._element import Container, TwiML
from twilio_sansio.twiml._types import BreakStrength, EmphasisLevel, PhonemeAlphabet


class SsmlBreak(TwiML):
    """``<break>``: a pause in speech.

    Args:
        strength: how long a pause, by name.
        time: how long a pause, as ``500ms`` or ``2s``.
    """

    tag = "break"
    __slots__ = ()

    def __init__(self, *, strength: BreakStrength | None = None, time: str | None = None) -> None:
        super().__init__(strength=strength, time=time)


class SsmlPhoneme(TwiML):
    """``<phoneme>``: say words with a given pronunciation.

    Args:
        words: the words as written.
        alphabet: the phonetic alphabet of ``ph``.
        ph: the pronunciation.
    """

    tag = "phoneme"
    __slots__ = ()

    def __init__(
        self, words: str, *, alphabet: PhonemeAlphabet | None = None, ph: str | None = None
    ) -> None:
        super().__init__(words, alphabet=alphabet, ph=ph)


class SsmlSayAs(TwiML):
    """``<say-as>``: say words as a kind of value (digits, a date, spelled out, ...).

    Args:
        words: the words.
        interpret_as: the kind of value (``digits``, ``date``, ``spell-out``, ...).
        format: the order of a date's parts (``mdy``, ``dmy``, ``ymd``, ...).
    """

    tag = "say-as"
    __slots__ = ()

    def __init__(
        self, words: str, *, interpret_as: str | None = None, format: str | None = None
    ) -> None:
        super().__init__(words, interpret_as=interpret_as, format=format)


class SsmlSub(TwiML):
    """``<sub>``: say ``alias`` in place of the written words.

    Args:
        words: the words as written.
        alias: what to say instead.
    """

    tag = "sub"
    __slots__ = ()

    def __init__(self, words: str, *, alias: str | None = None) -> None:
        super().__init__(words, alias=alias)


class _InlineMethods(TwiML):
    """The children every SSML container holds."""

    __slots__ = ()

    def break_(self, strength: BreakStrength | None = None, time: str | None = None) -> SsmlBreak:
        """Add a ``<break>`` and return it (see ``SsmlBreak``)."""
        return self._add(SsmlBreak(strength=strength, time=time))

    def emphasis(
        self, words: str | None = None, *, level: EmphasisLevel | None = None
    ) -> SsmlEmphasis:
        """Add an ``<emphasis>`` and return it (see ``SsmlEmphasis``)."""
        return self._add(SsmlEmphasis(words, level=level))

    def phoneme(
        self, words: str, *, alphabet: PhonemeAlphabet | None = None, ph: str | None = None
    ) -> SsmlPhoneme:
        """Add a ``<phoneme>`` and return it (see ``SsmlPhoneme``)."""
        return self._add(SsmlPhoneme(words, alphabet=alphabet, ph=ph))

    def prosody(
        self,
        words: str | None = None,
        *,
        volume: str | None = None,
        rate: str | None = None,
        pitch: str | None = None,
    ) -> SsmlProsody:
        """Add a ``<prosody>`` and return it (see ``SsmlProsody``)."""
        return self._add(SsmlProsody(words, volume=volume, rate=rate, pitch=pitch))

    def say_as(
        self, words: str, *, interpret_as: str | None = None, format: str | None = None
    ) -> SsmlSayAs:
        """Add a ``<say-as>`` and return it (see ``SsmlSayAs``)."""
        return self._add(SsmlSayAs(words, interpret_as=interpret_as, format=format))

    def sub(self, words: str, *, alias: str | None = None) -> SsmlSub:
        """Add a ``<sub>`` and return it (see ``SsmlSub``)."""
        return self._add(SsmlSub(words, alias=alias))


class _WordMethod(TwiML):
    __slots__ = ()

    def w(self, words: str | None = None, *, role: str | None = None) -> SsmlW:
        """Add a ``<w>`` and return it (see ``SsmlW``)."""
        return self._add(SsmlW(words, role=role))


class _LangMethod(TwiML):
    __slots__ = ()

    def lang(self, words: str | None = None, *, xml_lang: str | None = None) -> SsmlLang:
        """Add a ``<lang>`` and return it (see ``SsmlLang``)."""
        return self._add(SsmlLang(words, xml_lang=xml_lang))


class _SentenceMethod(TwiML):
    __slots__ = ()

    def s(self, words: str | None = None) -> SsmlS:
        """Add an ``<s>`` (a sentence) and return it."""
        return self._add(SsmlS(words))


class _ParagraphMethod(TwiML):
    __slots__ = ()

    def p(self, words: str | None = None) -> SsmlP:
        """Add a ``<p>`` (a paragraph) and return it."""
        return self._add(SsmlP(words))


class SsmlW(_InlineMethods, Container["WordChild"]):
    """``<w>``: a word, with its part of speech or sense.

    Args:
        words: the word.
        role: its role (``amazon:VB``, ``amazon:SENSE_1``, ...).
    """

    tag = "w"
    __slots__ = ()

    def __init__(self, words: str | None = None, *, role: str | None = None) -> None:
        super().__init__(words, role=role)


class SsmlEmphasis(_InlineMethods, _WordMethod, _LangMethod, Container["EmphasisChild"]):
    """``<emphasis>``: stress words.

    Args:
        words: the words.
        level: how much stress.
    """

    tag = "emphasis"
    __slots__ = ()

    def __init__(self, words: str | None = None, *, level: EmphasisLevel | None = None) -> None:
        super().__init__(words, level=level)


class SsmlS(_InlineMethods, _WordMethod, _LangMethod, Container["SentenceChild"]):
    """``<s>``: a sentence, with a pause after it.

    Args:
        words: the sentence.
    """

    tag = "s"
    __slots__ = ()

    def __init__(self, words: str | None = None) -> None:
        super().__init__(words)


class SsmlP(_InlineMethods, _WordMethod, _LangMethod, _SentenceMethod, Container["ParagraphChild"]):
    """``<p>``: a paragraph, with a pause after it.

    Args:
        words: the paragraph.
    """

    tag = "p"
    __slots__ = ()

    def __init__(self, words: str | None = None) -> None:
        super().__init__(words)


class _SpeechContainer(
    _InlineMethods,
    _WordMethod,
    _LangMethod,
    _SentenceMethod,
    _ParagraphMethod,
    Container["SpeechChild"],
):
    """The elements that hold every SSML element: ``<Say>``, ``<lang>`` and ``<prosody>``."""

    __slots__ = ()


class SsmlLang(_SpeechContainer):
    """``<lang>``: words in another language.

    Args:
        words: the words.
        xml_lang: their language (``fr-FR``), rendered as ``xml:lang``.
    """

    tag = "lang"
    __slots__ = ()

    def __init__(self, words: str | None = None, *, xml_lang: str | None = None) -> None:
        super().__init__(words, xml_lang=xml_lang)


class SsmlProsody(_SpeechContainer):
    """``<prosody>``: change the volume, speed or pitch of speech.

    Args:
        words: the words.
        volume: ``silent``, ``x-soft`` ... ``x-loud``, or a change in dB (``+6dB``).
        rate: ``x-slow`` ... ``x-fast``, or a percentage (``80%``).
        pitch: ``x-low`` ... ``x-high``, or a change in percent (``-10%``).
    """

    tag = "prosody"
    __slots__ = ()

    def __init__(
        self,
        words: str | None = None,
        *,
        volume: str | None = None,
        rate: str | None = None,
        pitch: str | None = None,
    ) -> None:
        super().__init__(words, volume=volume, rate=rate, pitch=pitch)


class Say(_SpeechContainer):
    """``<Say>``: speak text to the caller, with SSML children to shape the speech.

    Args:
        message: the text to say.
        voice: the voice (``man``, ``woman``, ``Polly.Joanna``, ``Google.en-US-Neural2-F``...).
        loop: times to say it (0 repeats until the call ends).
        language: the language and locale (``en-US``).
    """

    tag = "Say"
    __slots__ = ()

    def __init__(
        self,
        message: str | None = None,
        *,
        voice: str | None = None,
        loop: int | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(message, voice=voice, loop=loop, language=language)


InlineChild = SsmlBreak | SsmlEmphasis | SsmlPhoneme | SsmlProsody | SsmlSayAs | SsmlSub
WordChild = InlineChild
EmphasisChild = InlineChild | SsmlW | SsmlLang
SentenceChild = EmphasisChild
ParagraphChild = EmphasisChild | SsmlS
SpeechChild = ParagraphChild | SsmlP
