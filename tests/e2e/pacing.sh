#!/bin/sh
# pacing.sh -- rpm and tpm spread requests evenly (a token bucket, not a
# one-minute window); a provider's 429s slow trilemma down without failing
# items; Retry-After is a floor for the retry. Over Chat Completions (compat:),
# or with E2E_PROVIDER=anthropic (pacing_messages.sh) over the Messages
# protocol, where the server's 429 is Anthropic's rate_limit_error.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2
if [ "${E2E_PROVIDER:-openai}" = anthropic ]; then P=anthropic; else P=compat; fi

items() { # n prefix
	i=1
	while [ $i -le "$1" ]; do
		printf '{"id": "%s%d", "input": "%s item %d", "answer": "ok"}\n' "$2" $i "$2" $i
		i=$((i + 1))
	done
}
# the gaps between the requests the server saw, in seconds: min and span
gaps() {
	jq -r '.t' "$LEDGER" | sort -n | awk 'NR == 1 { first = $1 } NR > 1 { g = $1 - prev; if (min == "" || g < min) min = g }
		{ prev = $1 } END { printf "%.3f %.3f\n", min, prev - first }'
}

cat > fast.json <<'JSON'
{"models": {"m": {"default": {"text": "ok"},
  "usage": {"prompt_tokens": 50, "completion_tokens": 50}}}}
JSON

# rpm 600: one start every 0.1 s, 20 items over at least 1.9 s
items 20 rpm > R.jsonl
sim_start fast.json
printf 'models:\n  - {id: m, spec: "%s:m@%s", rpm: 600}\nsuites: [R.jsonl]\nconcurrency: 64\n' "$P" "$BASE" > r.yaml
"$TRILEMMA" run -c r.yaml --db r.db -q 2>err.txt
check "rpm run exits 0" eq "$?" 0
set -- $(gaps)
echo "rpm 600: smallest gap $1 s, 20 requests over $2 s"
check "rpm 600: no two requests closer than 0.07 s (one every 0.1 s)" awk -v g="$1" 'BEGIN { exit !(g >= 0.07) }'
check "rpm 600: 20 requests spread over at least 1.8 s" awk -v s="$2" 'BEGIN { exit !(s >= 1.8) }'

# tpm 60000 = 1000 tokens/s; each request is estimated at its prompt
# (about 30 tokens) plus max_tokens 100, and uses 100: about 0.1 s apart
items 12 tpm > P.jsonl
sim_start fast.json
printf 'models:\n  - {id: m, spec: "%s:m@%s", tpm: 60000, max_tokens: 100}\nsuites: [P.jsonl]\n' "$P" "$BASE" > p.yaml
"$TRILEMMA" run -c p.yaml --db p.db -q 2>err.txt
check "tpm run exits 0" eq "$?" 0
set -- $(gaps)
echo "tpm 60000: smallest gap $1 s, 12 requests over $2 s"
check "tpm 60000: requests about 0.1 s apart, none closer than 0.07 s" awk -v g="$1" 'BEGIN { exit !(g >= 0.07) }'
check "tpm 60000: 12 requests spread over at least 1 s" awk -v s="$2" 'BEGIN { exit !(s >= 1.0) }'

# A provider that admits 20 requests/s (a bucket of 20) and 429s the rest
# with Retry-After; trilemma is told nothing of the limit.
items 120 lim > L.jsonl
cat > limit.json <<'JSON'
{"models": {"m": {"latency_ms": {"min": 20, "max": 60}, "default": {"text": "ok"},
  "rate_limit": {"rps": 20}}}}
JSON
sim_start limit.json
printf 'models:\n  - {id: m, spec: "%s:m@%s"}\nsuites: [L.jsonl]\nconcurrency: 64\n' "$P" "$BASE" > l.yaml
"$TRILEMMA" run -c l.yaml --db l.db -q 2>err.txt
check "rate-limited run exits 0" eq "$?" 0
check "the provider did refuse requests (429)" test "$(grep -c '"status":429' "$LEDGER")" -gt 0
check "no item failed: every task has an ok response" \
	eq "$(sqlite3 l.db "SELECT count(*) FROM tasks WHERE state = 'done'")" 120
check "429s recorded with their Retry-After" \
	test "$(sqlite3 l.db "SELECT count(*) FROM attempts WHERE error_class = 'http_429' AND retry_after >= 1")" -gt 0
# Retry-After (1 s) is a floor: a refused key comes back no sooner
early=$(jq -r '[.key, .t, .status] | @tsv' "$LEDGER" | sort -k1,1 -k2,2n |
	awk '$1 == key && prev == 429 && $2 - t < 0.95 { n++ } { key = $1; t = $2; prev = $3 } END { print n + 0 }')
check "no retry of a 429 came sooner than its Retry-After" eq "$early" 0
most=$(sqlite3 l.db "SELECT max(n) FROM attempts")
echo "rate limit 20/s: $(grep -c '"status":429' "$LEDGER") x 429, at most $most attempts per item"
check "retries stayed well inside the budget of 7 attempts" test "$most" -le 4
check_api
done_tests
