#!/usr/bin/env python3
"""The shared lifecycle driver for the released Domisili, whose draft is initialled (paraf) by the kasi
pemerintahan and then the sekcam between the officer's acceptance and the camat's signature.

  lifecycle_paraf.py SHARED_DRIVER_DIR project URL [the shared driver's options]

Everything else (timing, warm-up, percentiles, the printed summary) is the shared driver's own.
"""
import sys

sys.path.insert(0, sys.argv.pop(1))
import lifecycle_load as load  # noqa: E402

PARAF = [("kasipem", "demo"), ("sekcam", "demo")]
shared_wait_task = load.wait_task


def wait_task(c, user, key, timeout=60):
    # the shared driver waits for the camat's task right after the acceptance: the paraf tasks come first
    if user == ("camat", "demo"):
        for who in PARAF:
            load.complete(c, who, shared_wait_task(c, who, key, timeout), "paraf")
    return shared_wait_task(c, user, key, timeout)


load.wait_task = wait_task
sys.exit(load.main())
