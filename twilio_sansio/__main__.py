"""``python -m twilio_sansio``: the command line."""

from twilio_sansio.cli import main

raise SystemExit(main())
