#!/bin/sh
# suites_scripted_messages.sh -- suites_scripted.sh over the Messages
# protocol (anthropic:) of the test server: the same choice table, the same
# counts and calibration figures, streamed (alpha) and not (beta).
E2E_PROVIDER=anthropic
. "$(dirname "$0")/suites_scripted.sh"
