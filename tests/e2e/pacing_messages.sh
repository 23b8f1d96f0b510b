#!/bin/sh
# pacing_messages.sh -- pacing.sh over the Messages protocol (anthropic:) of
# the test server: rpm and tpm pacing, 429 rate_limit_error with Retry-After.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/pacing.sh"
