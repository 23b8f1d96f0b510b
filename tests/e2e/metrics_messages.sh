#!/bin/sh
# metrics_messages.sh -- metrics.sh over the Messages protocol (anthropic:)
# of the test server: the same counts, metrics and selection.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/metrics.sh"
