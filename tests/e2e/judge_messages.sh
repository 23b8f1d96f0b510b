#!/bin/sh
# judge_messages.sh -- judge.sh with the model and the judge over the
# Messages protocol (anthropic:) of the test server.
E2E_PROVIDER=anthropic
. "$(dirname "$0")/judge.sh"
