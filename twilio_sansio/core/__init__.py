"""The pure protocol core of twilio-sansio: values, operations, pages, models and errors.

Nothing in this package does I/O: no sockets, threads, sleeps or environment reads.
Time and randomness, where needed, are arguments.
"""
