#!/bin/sh
# faults.sh -- the fault matrix: every fault kind of the test server, with
# and without streaming, ends as an answer (after retries) or as an error,
# never as a wrong answer. For each kind, one item meets it once (and must
# be answered right after a retry), one meets it on every attempt (and must
# be an error of the right class). Over both protocols: Chat Completions
# and Messages (where the 503 fault is Anthropic's 529 overloaded_error).
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

KINDS="429 429-retry-after:1 500 502 503 drop truncate invalid-json stall empty"
class_of() {
	case $1 in
	429*) echo http_429 ;; 503) echo overloaded ;; 500|502) echo http_5xx ;;
	drop|stall) echo dropped ;; truncate) echo truncated ;;
	invalid-json) echo malformed ;; empty) echo empty ;;
	esac
}
: > S.jsonl
rules=""
k=0
for kind in $KINDS; do
	k=$((k + 1))
	printf '{"id": "once-%s", "input": "Once %d: what is %d + 1?", "answer": "%d", "grader": {"type": "numeric"}}\n' \
		"$kind" $k $k $((k + 1)) >> S.jsonl
	printf '{"id": "always-%s", "input": "Always %d: what is %d + 2?", "answer": "%d", "grader": {"type": "numeric"}}\n' \
		"$kind" $k $k $((k + 2)) >> S.jsonl
	rules="$rules{\"match\": \"Once $k:\", \"text\": \"$((k + 1))\", \"faults\": [\"$kind\"]},"
	rules="$rules{\"match\": \"Always $k:\", \"text\": \"$((k + 2))\", \"faults\": [\"$kind\", \"$kind\", \"$kind\"]},"
done
cat > script.json <<JSON
{"models": {"m": {"stall_ms": 300, "default": {"text": "no idea"}, "rules": [${rules%,}]}}}
JSON
for proto in compat anthropic; do
for stream in true false; do
	sim_start script.json   # attempts are counted per server: a fresh one each time
	printf 'models:\n  - {id: m, spec: "%s:m@%s", stream: %s, retries: 2, timeout: 10}\nsuites: [S.jsonl]\n' \
		"$proto" "$BASE" $stream > c.yaml
	rm -f f.db*
	"$TRILEMMA" run -c c.yaml --db f.db --no-cache -q 2>err.txt
	check "$proto, stream $stream: the run completes" eq "$?" 0
	check "$proto, stream $stream: no fault became a wrong answer" \
		eq "$(sqlite3 f.db "SELECT count(*) FROM grades WHERE verdict NOT IN ('correct', 'error')")" 0
	for kind in $KINDS; do
		v=$(sqlite3 f.db "SELECT g.verdict FROM tasks t JOIN grades g ON g.task = t.id WHERE t.item = 'once-$kind'")
		check "$proto, stream $stream, $kind once: answered after a retry" eq "$v" correct
		v=$(sqlite3 f.db "SELECT g.verdict FROM tasks t JOIN grades g ON g.task = t.id WHERE t.item = 'always-$kind'")
		check "$proto, stream $stream, $kind always: an error" eq "$v" error
		c=$(sqlite3 f.db "SELECT a.error_class FROM tasks t JOIN attempts a ON a.task = t.id WHERE t.item = 'always-$kind' ORDER BY a.n DESC LIMIT 1")
		check "$proto, stream $stream, $kind always: classed $(class_of "$kind")" eq "$c" "$(class_of "$kind")"
	done
	check "$proto, stream $stream: attempts stored = requests the server saw" \
		eq "$(sqlite3 f.db 'SELECT count(*) FROM attempts')" "$(wc -l < "$LEDGER")"
	sim_stop
done
done
done_tests
