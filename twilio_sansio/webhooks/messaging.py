"""Messaging webhooks: an incoming message, and a sent message's status callback.

Parameter names follow Twilio's Messaging webhook documentation; WhatsApp adds its own
(``ProfileName``, ``WaId``, buttons, locations, referrals). Parameters not declared here
stay readable in ``params``/``raw``/``get()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_sansio.core.resources.messages import ENDED_STATUSES, MessageStatus
from twilio_sansio.webhooks.errors import MalformedParameter, MissingParameter
from twilio_sansio.webhooks.event import TWILIO_NAME, WebhookEvent
from twilio_sansio.webhooks.values import Address, Media, Sid

__all__ = ["IncomingMessage", "MessageStatusCallback"]

# Twilio attaches at most 10 media to a message; the bound only keeps a hostile count
# from making the loop below long.
_MAX_MEDIA = 100


@attrs.frozen(kw_only=True)
class IncomingMessage(WebhookEvent):
    """A message sent to one of your numbers or channels (the number's ``SmsUrl``).

    Attributes:
        message_sid: The message (``MessageSid``, ``SM…``/``MM…``).
        from_: Who sent it: a :class:`~twilio_sansio.core.phone.PhoneNumber`, or a
            channel address such as ``whatsapp:+14155550100`` passed through.
        to: The number or channel address it was sent to.
        body: The text; empty for a message of media alone.
        num_media: How many media are attached (``NumMedia``).
        media: The attachments, in order: ``(url, content_type)`` from ``MediaUrlN`` and
            ``MediaContentTypeN``.
        num_segments: How many SMS segments the text took.
        messaging_service_sid: The Messaging Service of the receiving number, if any.
        sms_status: Twilio's status of the message (``received``).
        api_version: The API version of the request (``2010-04-01``).
        from_city: Twilio's guess at the sender's city, from the number; often empty.
        from_state: The sender's state or province.
        from_zip: The sender's postal code.
        from_country: The sender's country (ISO 3166 code).
        to_city: The city of the receiving number.
        to_state: Its state or province.
        to_zip: Its postal code.
        to_country: Its country.
        profile_name: WhatsApp: the sender's profile name.
        wa_id: WhatsApp: the sender's WhatsApp ID.
        forwarded: WhatsApp: whether the message was forwarded.
        frequently_forwarded: WhatsApp: whether it was forwarded many times.
        button_text: WhatsApp: the text of the quick-reply button tapped.
        button_payload: WhatsApp: the payload of that button.
        latitude: A shared location's latitude.
        longitude: A shared location's longitude.
        address: A shared location's address.
        label: A shared location's label.
        original_replied_message_sid: The message this one replies to, if any.
        original_replied_message_sender: Who sent the message replied to.
        referral_body: WhatsApp click-to-chat ads: the ad's body.
        referral_headline: The ad's headline.
        referral_source_id: The ad's ID.
        referral_source_type: The ad's type (``ad``, ``post``).
        referral_source_url: The ad's URL.
    """

    message_sid: Sid
    from_: Address
    to: Address
    body: str = ""
    num_media: int = 0
    media: tuple[Media, ...] = attrs.field(default=(), metadata={TWILIO_NAME: None})
    num_segments: int | None = None
    messaging_service_sid: Sid | None = None
    sms_status: MessageStatus | None = None
    api_version: str | None = None
    from_city: str | None = None
    from_state: str | None = None
    from_zip: str | None = None
    from_country: str | None = None
    to_city: str | None = None
    to_state: str | None = None
    to_zip: str | None = None
    to_country: str | None = None
    profile_name: str | None = None
    wa_id: str | None = None
    forwarded: bool | None = None
    frequently_forwarded: bool | None = None
    button_text: str | None = None
    button_payload: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    address: str | None = None
    label: str | None = None
    original_replied_message_sid: Sid | None = None
    original_replied_message_sender: Address | None = None
    referral_body: str | None = None
    referral_headline: str | None = None
    referral_source_id: str | None = None
    referral_source_type: str | None = None
    referral_source_url: str | None = None

    @classmethod
    def _derived(cls, params: Mapping[str, str]) -> dict[str, Any]:
        count = params.get("NumMedia", "") or "0"
        # The structuring of num_media has already refused anything but an integer.
        wanted = int(count)
        if not 0 <= wanted <= _MAX_MEDIA:
            raise MalformedParameter(
                f"NumMedia={count!r} is not valid: expected 0 to {_MAX_MEDIA}", "NumMedia", count
            )
        media = []
        for index in range(wanted):
            url_name, type_name = f"MediaUrl{index}", f"MediaContentType{index}"
            for name in (url_name, type_name):
                if not params.get(name):
                    raise MissingParameter(
                        f"NumMedia={count} but the {name} parameter is missing or empty", name
                    )
            media.append(Media(params[url_name], params[type_name]))
        return {"media": tuple(media)}


@attrs.frozen(kw_only=True)
class MessageStatusCallback(WebhookEvent):
    """A message you sent changed status (the message's ``StatusCallback``).

    Named so as not to collide with the REST enum :class:`MessageStatus`, which is the
    type of its ``message_status``.

    Attributes:
        message_sid: The message (``MessageSid``).
        message_status: Its new status (``MessageStatus``): ``queued``, ``sent``,
            ``delivered``, ``undelivered``, ``failed``, ``read``, ...
        error_code: Twilio's error code when the message failed or was not delivered.
        error_message: The error's description, when Twilio sends one.
        from_: The sender.
        to: The recipient.
        messaging_service_sid: The Messaging Service that sent it, if any.
        sms_status: The same status under its older name (``SmsStatus``).
        api_version: The API version of the request.
        raw_dlr_done_date: The carrier's delivery-receipt time, as the carrier wrote it
            (``YYMMDDhhmm``, no time zone), so kept as text.
        channel_to_address: For channels: the recipient's address on the channel.
        channel_prefix: The channel (``whatsapp``, ...).
        channel_install_sid: The channel's installation.
        channel_status_message: The channel's own status text.
        event_type: For channels that report reads and deliveries as events.
    """

    message_sid: Sid
    message_status: MessageStatus
    error_code: int | None = None
    error_message: str | None = None
    from_: Address | None = None
    to: Address | None = None
    messaging_service_sid: Sid | None = None
    sms_status: MessageStatus | None = None
    api_version: str | None = None
    raw_dlr_done_date: str | None = None
    channel_to_address: str | None = None
    channel_prefix: str | None = None
    channel_install_sid: Sid | None = None
    channel_status_message: str | None = None
    event_type: str | None = None

    @property
    def ended(self) -> bool:
        """Whether the message reached a status it will not leave (delivered, failed, ...)."""
        return str(self.message_status) in ENDED_STATUSES
