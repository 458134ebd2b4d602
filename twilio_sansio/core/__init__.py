"""The pure protocol core of twilio-sansio: values, operations, pages, models and errors.

Nothing in this package does I/O: no sockets, threads, sleeps or environment reads.
Time and randomness, where needed, are arguments.

What is public here, for people who send requests themselves or write a driver:

- values: :mod:`~twilio_sansio.core.http` (``Request``, ``Response``),
  :mod:`~twilio_sansio.core.phone`, :mod:`~twilio_sansio.core.money`,
  :mod:`~twilio_sansio.core.times`, :mod:`~twilio_sansio.core.enums`;
- operations and what they return: :mod:`~twilio_sansio.core.operation`,
  :mod:`~twilio_sansio.core.paging` (``Page``, ``PageSequence``, ``PageChain``),
  :mod:`~twilio_sansio.core.time_range`, and each resource's ``…Operations`` builder and
  models in :mod:`twilio_sansio.core.resources` (the models are re-exported by
  :mod:`twilio_sansio.models`);
- multi-step work: :mod:`~twilio_sansio.core.steps` (jobs and their steps) and
  :mod:`~twilio_sansio.core.retry` (``RetryPolicy``, ``retry_job``, ``under_policy``);
- configuration and errors: :mod:`~twilio_sansio.core.config`,
  :mod:`~twilio_sansio.core.errors`; webhooks and tokens:
  :mod:`~twilio_sansio.core.webhooks`, :mod:`~twilio_sansio.core.access_tokens`.

The rest is how those are built and may change between releases:
:mod:`~twilio_sansio.core.model` (field kinds), ``encoding``, ``validation``, ``values``,
``debug`` and modules whose names start with ``_``.
"""
