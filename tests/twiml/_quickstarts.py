"""Documents from Twilio's quickstarts and TwiML reference, written once for both libraries.

Each recipe takes the ``voice_response`` and ``messaging_response`` modules of a library
and returns a response, using only the names both libraries share: the proof that moving
over is an import change.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

Quickstart = Callable[[ModuleType, ModuleType], Any]


def answer_a_call(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.say("Thank you for calling! Have a great day.", voice="Polly.Amy")
    return response


def play_audio(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.play("https://api.twilio.com/cowbell.mp3", loop=10)
    return response


def gather_digits(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    gather = response.gather(num_digits=1, action="/gather")
    gather.say("For sales, press 1. For support, press 2.")
    response.redirect("/voice")
    return response


def gather_speech(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    gather = response.gather(
        input="speech dtmf", timeout=3, num_digits=1, speech_timeout="auto", hints="sales, support"
    )
    gather.say("Please press 1 or say sales for sales.", language="en-US")
    gather.pause(length=1)
    gather.play("https://example.com/prompt.mp3")
    response.say("We didn't receive any input. Goodbye!")
    return response


def dial_a_number(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.dial("415-123-4567", caller_id="+14155550100", timeout=20, record="record-from-answer")
    response.say("Goodbye")
    return response


def dial_built_separately(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    dial = voice.Dial(caller_id="+14105551234", answer_on_bridge=True)
    dial.number("+14105556789", send_digits="ww1", status_callback_event="initiated ringing")
    dial.number("+14105550000", url="/screen", method="GET")
    response.append(dial)
    return response


def simultaneous_dial(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    dial = response.dial(sequential=True, ring_tone="uk")
    dial.number("858-987-6543")
    dial.client("jenny")
    dial.sip("sip:alice@example.com", username="admin", password="1234")
    dial.sim("DE8caa2afb9d5279926619c458dc7098a8")
    dial.whats_app("+14155550111")
    return response


def client_with_parameters(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    dial = response.dial()
    client = dial.client()
    client.identity("user_jane")
    client.parameter(name="FirstName", value="Jane")
    client.parameter(name="LastName", value="Doe")
    return response


def conference_moderator(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    dial = response.dial()
    dial.conference(
        "My Conference Room",
        start_conference_on_enter=True,
        end_conference_on_exit=True,
        beep=False,
        wait_url="http://twimlets.com/holdmusic?Bucket=com.twilio.music.ambient",
        status_callback="https://example.com/events",
        status_callback_event="start end join leave mute hold",
        record="record-from-start",
        jitter_buffer_size="small",
    )
    return response


def queue_caller(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.enqueue("support", wait_url="/wait-music", action="/after-queue")
    return response


def taskrouter_enqueue(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    enqueue = response.enqueue(workflow_sid="WW0123456789abcdef0123456789abcdef")
    enqueue.task('{"selected_language": "es"}', priority=5, timeout=200)
    return response


def dequeue_agent(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    dial = response.dial()
    dial.queue("support", url="about_to_connect.xml")
    return response


def leave_queue(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.leave()
    return response


def record_voicemail(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.say("Please leave a message at the beep. Press the star key when finished.")
    response.record(
        action="/handle-recording",
        method="GET",
        max_length=20,
        finish_on_key="*",
        play_beep=True,
        transcribe=True,
        transcribe_callback="/transcription",
    )
    response.say("I did not receive a recording")
    return response


def reject_busy(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.reject(reason="busy")
    return response


def hangup_after_pause(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.say("I will pause 10 seconds starting now!")
    response.pause(length=10)
    response.say("I just paused 10 seconds")
    response.hangup()
    return response


def start_stream(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    start = response.start()
    stream = start.stream(name="Example Audio Stream", url="wss://mystream.ngrok.io/audiostream")
    stream.parameter(name="FirstName", value="Jane")
    response.say("The stream has started.")
    return response


def stop_stream(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    stop = response.stop()
    stop.stream(name="Example Audio Stream")
    return response


def start_transcription_and_recording(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    start = response.start()
    transcription = start.transcription(
        status_callback_url="https://example.com/transcripts",
        track="both_tracks",
        partial_results=True,
        language_code="en-US",
    )
    transcription.config(name="enableSpeakerDiarization", value="true")
    start.recording(recording_status_callback="/recordings", track="both", channels="dual")
    start.siprec(name="my_siprec", connector_name="SipRec1").parameter(name="k", value="v")
    return response


def connect_stream(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    connect = response.connect(action="/after-stream")
    connect.stream(url="wss://example.com/audiostream").parameter(
        name="aCustomParameter", value="x"
    )
    return response


def conversation_relay(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    connect = response.connect()
    relay = connect.conversation_relay(
        url="wss://example.com/relay",
        welcome_greeting="Hi! Ask me anything!",
        tts_provider="ElevenLabs",
        voice="UgBBYS2sOqTuMpoF3BR0",
        dtmf_detection=True,
        interruptible="speech",
    )
    relay.language(code="fr-FR", tts_provider="Google", voice="fr-FR-Neural2-B")
    relay.parameter(name="customer", value="42")
    return response


def connect_room_and_agent(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.connect().room("DailyStandup", participant_identity="alice")
    agent = response.connect(action="/agent-done").virtual_agent(
        connector_name="project", status_callback="/status", sentiment_analysis=True
    )
    agent.config(name="language", value="en-us")
    agent.parameter(name="customer_name", value="Burton Guster")
    return response


def pay_with_prompts(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    pay = response.pay(charge_amount="20.45", payment_connector="Stripe", action="/pay-done")
    prompt = pay.prompt(for_="payment-card-number")
    prompt.say("Please enter your 16 digit Visa or Mastercard number.")
    failed = pay.prompt(for_="payment-card-number", error_type="timeout", attempt="1 2")
    failed.say("You didn't enter a card number.")
    pay.parameter(name="order_id", value="1234")
    return response


def refer_sip(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    refer = response.refer(action="/refer-done")
    refer.sip("sip:alice@example.com")
    return response


def ssml_say(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    say = response.say("Hi", voice="Polly.Joanna")
    say.break_(strength="x-weak", time="100ms")
    say.emphasis("Words to emphasize", level="moderate")
    say.p("Words to speak")
    say.phoneme("Words to speak", alphabet="x-sampa", ph="pɪˈkɑːn")
    say.prosody("Words to speak", pitch="-10%", rate="85%", volume="-6dB")
    say.s("Words to speak")
    say.say_as("Words to speak", interpret_as="spell-out")
    say.sub("Words to be substituted", alias="alias")
    say.w("Words to speak", role="amazon:VBD")
    say.lang("Bonjour", xml_lang="fr-FR")
    return response


def echo_and_redirect(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    response.echo()
    response.redirect("https://example.com/next", method="POST")
    return response


def application_and_sip_uris(voice: ModuleType, messaging: ModuleType) -> Any:
    response = voice.VoiceResponse()
    dial = response.dial()
    application = dial.application(customer_id="customer-1", copy_parent_to=True)
    application.application_sid("AP0123456789abcdef0123456789abcdef")
    application.parameter(name="AcceptUrl", value="https://example.com/accept")
    sip = dial.sip()
    sip.uri("sip:alice@example.com", priority=1, weight=10)
    sip.headers().header(name="X-Customer", value="42")
    return response


def reply_to_an_sms(voice: ModuleType, messaging: ModuleType) -> Any:
    response = messaging.MessagingResponse()
    response.message("The Robots are coming! Head for the hills!")
    return response


def reply_with_media(voice: ModuleType, messaging: ModuleType) -> Any:
    response = messaging.MessagingResponse()
    message = response.message()
    message.body("Store Location: 123 Easy St.")
    message.media("https://demo.twilio.com/owl.png")
    return response


def forward_and_redirect(voice: ModuleType, messaging: ModuleType) -> Any:
    response = messaging.MessagingResponse()
    response.message("Forwarded: hello", to="+15005550006", from_="+14155550100")
    response.redirect("https://demo.twilio.com/welcome/sms/", method="POST")
    return response


def message_built_separately(voice: ModuleType, messaging: ModuleType) -> Any:
    response = messaging.MessagingResponse()
    message = messaging.Message(action="/status", method="POST")
    message.body("Hello & <welcome>")
    response.append(message)
    return response


QUICKSTARTS: list[Quickstart] = [
    answer_a_call,
    play_audio,
    gather_digits,
    gather_speech,
    dial_a_number,
    dial_built_separately,
    simultaneous_dial,
    client_with_parameters,
    conference_moderator,
    queue_caller,
    taskrouter_enqueue,
    dequeue_agent,
    leave_queue,
    record_voicemail,
    reject_busy,
    hangup_after_pause,
    start_stream,
    stop_stream,
    start_transcription_and_recording,
    connect_stream,
    conversation_relay,
    connect_room_and_agent,
    pay_with_prompts,
    refer_sip,
    ssml_say,
    echo_and_redirect,
    application_and_sip_uris,
    reply_to_an_sms,
    reply_with_media,
    forward_and_redirect,
    message_built_separately,
]
