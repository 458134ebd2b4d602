"""The commands of ``twilio-sansio``: each module adds its parsers and runs its commands.

Modules here import only the standard library at the top, so that building the parser
(and ``--help``) stays fast; the client, PyJWT and the fake are imported when run.
"""
