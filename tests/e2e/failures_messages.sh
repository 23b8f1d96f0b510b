#!/bin/sh
# failures_messages.sh -- failures.sh over the Messages protocol (anthropic:)
# of the test server: runs that measure nothing, empty answers (streamed and
# not), dropped connections, hostile error bodies, with Anthropic's errors.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/failures.sh"
