#!/bin/sh
# suites_impossible_messages.sh -- suites_impossible.sh over the Messages
# protocol (anthropic:) of the test server, the judge too; reasoning token
# counts are not reported there and must stay unknown.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/suites_impossible.sh"
