#!/bin/sh
# engine_messages.sh -- engine.sh over the Messages protocol (anthropic:)
# of the test server: faults, retries, one stored response per item,
# token totals, secrets, bad input, the cache.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/engine.sh"
