"""``<Pay>`` and its ``<Prompt>``: take a card or bank payment over the phone (PCI mode)."""

from __future__ import annotations

from collections.abc import Sequence

from twilio_sansio.twiml._audio import Pause, Play
from twilio_sansio.twiml._element import Container, adds
from twilio_sansio.twiml._parameters import Parameter
from twilio_sansio.twiml._ssml import Say
from twilio_sansio.twiml._types import (
    BankAccountType,
    CardTypes,
    HttpMethod,
    PaymentErrors,
    PaymentInput,
    PaymentMethod,
    PaymentPromptFor,
    PaymentTokenType,
)


class Prompt(Container["PromptChild"]):
    """``<Prompt>``: what ``<Pay>`` says or plays when it asks for one piece of input.

    Args:
        for_: the input asked for (rendered ``for``).
        error_type: the errors this prompt answers (space-separated or a list).
        card_type: the card types it applies to.
        attempt: the attempts it applies to (``1``, ``"2 3"`` or ``[2, 3]``).
        require_matching_inputs: ask twice and require the same answer.
    """

    tag = "Prompt"
    __slots__ = ()

    say = adds(Say)
    play = adds(Play)
    pause = adds(Pause)

    def __init__(
        self,
        for_: PaymentPromptFor | None = None,
        *,
        error_type: PaymentErrors | None = None,
        card_type: CardTypes | None = None,
        attempt: int | str | Sequence[int] | None = None,
        require_matching_inputs: bool | None = None,
    ) -> None:
        super().__init__(
            for_=for_,
            error_type=error_type,
            card_type=card_type,
            attempt=attempt,
            require_matching_inputs=require_matching_inputs,
        )


class Pay(Container["PayChild"]):
    """``<Pay>``: collect payment details and charge or tokenize them through a connector.

    Args:
        input: how the caller enters details (only ``dtmf``).
        action: the URL that receives the result.
        bank_account_type: the kind of bank account, for ACH payments.
        status_callback: the URL that receives progress events.
        status_callback_method: how ``status_callback`` is requested.
        timeout: seconds to wait for each input.
        max_attempts: attempts allowed for each input.
        security_code: ask for the card's security code.
        postal_code: ask for the postal code (``True``/``False``), or give it.
        min_postal_code_length: the shortest postal code accepted.
        payment_connector: the Pay Connector's unique name.
        payment_method: ``credit-card`` or ``ach-debit``.
        token_type: the kind of token to create when ``charge_amount`` is not given.
        charge_amount: the amount to charge (a decimal string such as ``"10.50"``).
        currency: the currency of the charge (``usd``).
        description: a description of the charge.
        valid_card_types: the card types accepted (space-separated or a list).
        language: the language of the built-in prompts.
    """

    tag = "Pay"
    __slots__ = ()

    prompt = adds(Prompt)
    parameter = adds(Parameter)

    def __init__(
        self,
        *,
        input: PaymentInput | None = None,
        action: str | None = None,
        bank_account_type: BankAccountType | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | None = None,
        timeout: int | None = None,
        max_attempts: int | None = None,
        security_code: bool | None = None,
        postal_code: bool | str | None = None,
        min_postal_code_length: int | None = None,
        payment_connector: str | None = None,
        payment_method: PaymentMethod | None = None,
        token_type: PaymentTokenType | None = None,
        charge_amount: str | None = None,
        currency: str | None = None,
        description: str | None = None,
        valid_card_types: CardTypes | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            input=input,
            action=action,
            bank_account_type=bank_account_type,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            timeout=timeout,
            max_attempts=max_attempts,
            security_code=security_code,
            postal_code=postal_code,
            min_postal_code_length=min_postal_code_length,
            payment_connector=payment_connector,
            payment_method=payment_method,
            token_type=token_type,
            charge_amount=charge_amount,
            currency=currency,
            description=description,
            valid_card_types=valid_card_types,
            language=language,
        )


PromptChild = Say | Play | Pause
PayChild = Prompt | Parameter
