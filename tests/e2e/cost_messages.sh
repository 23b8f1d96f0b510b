#!/bin/sh
# cost_messages.sh -- cost.sh over the Messages protocol (anthropic:) of
# the test server: --dry-run's estimates on every built-in suite, and
# --max-cost.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/cost.sh"
