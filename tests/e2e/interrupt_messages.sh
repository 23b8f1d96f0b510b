#!/bin/sh
# interrupt_messages.sh -- interrupt.sh over the Messages protocol (anthropic:) of the
# test server: the same checks, the same figures.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/interrupt.sh"
