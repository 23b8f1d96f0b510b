#!/bin/sh
# batch_messages.sh -- batch.sh over Anthropic Message Batches (anthropic:) of the
# test server: the same checks.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/batch.sh"
