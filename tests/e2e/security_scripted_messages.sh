#!/bin/sh
# security_scripted_messages.sh -- security_scripted.sh over the Messages
# protocol (anthropic:) of the test server: system prompts, multi-turn
# items, the same pass rates, streamed and not.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/security_scripted.sh"
