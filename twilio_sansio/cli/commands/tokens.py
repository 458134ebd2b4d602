"""``token``: an access token (a JWT) for Twilio's client SDKs."""

from __future__ import annotations

import argparse
from typing import Any

from twilio_sansio.cli.arguments import positive_int, sid_of
from twilio_sansio.cli.context import Context


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``token``."""
    parser = commands.add_parser(
        "token",
        help="print an access token (JWT) for a client SDK user",
        description="Print an access token signed with the API key in TWILIO_API_KEY and "
        "TWILIO_API_SECRET (with no credentials set, a fixed key of the built-in fake).",
    )
    parser.add_argument("--identity", required=True, help="the user's identity")
    video = parser.add_mutually_exclusive_group()
    video.add_argument("--video-room", metavar="ROOM", help="grant Video in this room only")
    video.add_argument("--video", action="store_true", help="grant Video in any room")
    parser.add_argument(
        "--voice-app",
        type=sid_of("AP", "a TwiML application"),
        metavar="AP_SID",
        help="grant Voice: outgoing calls run this TwiML app",
    )
    parser.add_argument(
        "--voice-incoming", action="store_true", help="grant Voice: receive incoming calls"
    )
    parser.add_argument(
        "--chat-service",
        type=sid_of("IS", "a Chat service"),
        metavar="IS_SID",
        help="grant Chat in this service",
    )
    parser.add_argument(
        "--ttl", type=positive_int, default=3600, metavar="SECONDS", help="lifetime (max 86400)"
    )
    parser.set_defaults(handler=print_token, api_names={"identity": "--identity", "ttl": "--ttl"})


def _grants(args: argparse.Namespace) -> list[Any]:
    from twilio_sansio.core.access_tokens import ChatGrant, VideoGrant, VoiceGrant

    grants: list[Any] = []
    if args.video or args.video_room is not None:
        grants.append(VideoGrant(room=args.video_room))
    if args.voice_app is not None or args.voice_incoming:
        grants.append(
            VoiceGrant(
                outgoing_application_sid=args.voice_app,
                incoming_allow=True if args.voice_incoming else None,
            )
        )
    if args.chat_service is not None:
        grants.append(ChatGrant(service_sid=args.chat_service))
    return grants


def print_token(context: Context) -> int:
    """Sign the token and print it."""
    from twilio_sansio.core.access_tokens import AccessToken

    args = context.args
    account_sid, key_sid, secret = context.session.api_key()
    token = AccessToken(
        account_sid, key_sid, secret, identity=args.identity, ttl=args.ttl, grants=_grants(args)
    )
    context.stdout.write(token.to_jwt() + "\n")
    return 0
