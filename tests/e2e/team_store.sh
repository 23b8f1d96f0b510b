#!/bin/sh
# team_store.sh -- the store on PostgreSQL (a private cluster this script
# starts and stops): run, runs, report and select read the same from it as
# from an SQLite file; the cache is shared by every run in it; push copies
# a run into it (once, whatever the number of pushes) and pull copies it
# back, with identical JSON reports; a password in the URL is stored and
# printed nowhere; read commands write nothing; two runs started together
# get their own ids. Without PostgreSQL installed, every check is skipped.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

if ! pg_start 2>pg_start.err; then
	skip "the team store on PostgreSQL: $(cat pg_start.err | head -n 1)"
	done_tests; exit
fi

cat > S.jsonl <<'JSONL'
{"id": "a1", "input": "Question one", "answer": "ok"}
{"id": "a2", "input": "Question two", "answer": "no"}
{"id": "a3", "input": "Question three", "answer": "ok"}
{"id": "a4", "input": "Question four", "answer": "I don't know"}
JSONL
cat > script.json <<'JSON'
{"models": {"m": {"default": {"text": "ok"}, "usage": {"prompt_tokens": 3, "completion_tokens": 1}},
 "n": {"default": {"text": "I don't know"}, "usage": {"prompt_tokens": 3, "completion_tokens": 4}}}}
JSON
sim_start script.json
MODELS="--model openai:m@$BASE --model openai:n@$BASE"
day=$(date -u +%Y%m%d)
jrep() { "$TRILEMMA" report "$@" --format json | jq -S 'del(.run.store)'; }

# a run straight into PostgreSQL; the second one is answered by the cache
"$TRILEMMA" run $MODELS --suite S.jsonl --db "$PG_URL" -q >/dev/null 2>run1.err
check "run --db postgresql://... exits 0" eq "$?" 0
check "... the schema is version 7" eq "$(pg_sql "$PG_URL" 'SELECT version FROM trilemma_schema')" 7
check "... every task answered and graded" \
	eq "$(pg_sql "$PG_URL" "SELECT count(*) FILTER (WHERE state = 'done'), (SELECT count(*) FROM grades) FROM tasks")" "8|8"
"$TRILEMMA" run $MODELS --suite S.jsonl --db "$PG_URL" -q >/dev/null 2>run2.err
check "a second run exits 0" eq "$?" 0
check "... nothing was sent again: the test server served 8 requests" \
	eq "$(jq -r 'select(.served) | .key' "$LEDGER" | wc -l)" 8
check "... its 8 tasks are the cache's" \
	eq "$(pg_sql "$PG_URL" "SELECT count(*) FROM tasks WHERE run = 'r-$day-2' AND state = 'cached'")" 8
jrep --db "$PG_URL" > cached.json
check "... the report counts the cache's answers" eq "$(jq -c '.run.cache.answers' cached.json)" 8
"$TRILEMMA" report --db "$PG_URL" > cached.txt
check "... and says so" grep -q "8 answers from the store's cache" cached.txt
"$TRILEMMA" runs --db "$PG_URL" > runs.txt
check "runs lists both runs" sh -c "grep -c '^r-$day-[12] ' runs.txt | grep -qx 2"
check "select reads the PostgreSQL store" sh -c "'$TRILEMMA' select --db '$PG_URL' --prefer best >/dev/null"

# the same runs in an SQLite file (the models named out of their order), pushed:
# identical reports
RMODELS="--model openai:n@$BASE --model openai:m@$BASE"
"$TRILEMMA" run $RMODELS --suite S.jsonl --db a.db -q >/dev/null 2>&1
"$TRILEMMA" run $RMODELS --suite S.jsonl --db a.db --no-cache -q >/dev/null 2>&1
team=$(pg_db team)
"$TRILEMMA" push "r-$day-1" --db a.db --to "$team" > push1.txt 2>&1
check "push exits 0" eq "$?" 0
"$TRILEMMA" push --db a.db --to "$team" > push2.txt 2>&1
check "push of the latest exits 0" eq "$?" 0
jrep --db a.db "r-$day-2" > sq.json
jrep --db "$team" "r-$day-2" > pg.json
check "the run pushed from SQLite gives an identical JSON report from PostgreSQL" cmp sq.json pg.json
check "... a report with every answer in it" eq "$(jq '[.models[].overall.items] | add' pg.json)" 8
"$TRILEMMA" runs --db a.db | tail -n +2 > runs_a.txt
"$TRILEMMA" runs --db "$team" | tail -n +2 > runs_p.txt
check "runs reads the same on both stores" cmp runs_a.txt runs_p.txt
"$TRILEMMA" select --db a.db --prefer best > sel_a.txt 2>&1
"$TRILEMMA" select --db "$team" --prefer best > sel_p.txt 2>&1
check "select reads the same on both stores" cmp sel_a.txt sel_p.txt
before=$(pg_sql "$team" 'SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM tasks), (SELECT count(*) FROM responses), (SELECT count(*) FROM grades)')
"$TRILEMMA" push --db a.db --to "$team" > push3.txt 2>&1
check "pushing again exits 0" eq "$?" 0
check "... says nothing was copied" grep -q "nothing copied" push3.txt
check "... and copies nothing" \
	eq "$(pg_sql "$team" 'SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM tasks), (SELECT count(*) FROM responses), (SELECT count(*) FROM grades)')" "$before"
"$TRILEMMA" pull "r-$day-2" --db "$team" --to b.db > pull.txt 2>&1
check "pull exits 0" eq "$?" 0
jrep --db b.db "r-$day-2" > back.json
check "the run pulled back gives the same JSON report" cmp sq.json back.json

# another machine's run with a taken id: copied under the next free id
"$TRILEMMA" run --model "openai:m@$BASE" --suite S.jsonl --db c.db -q >/dev/null 2>&1
"$TRILEMMA" push --db c.db --to "$team" > push4.txt 2>&1
check "a run whose id is taken is pushed under a new one" grep -q "as r-$day-3" push4.txt
check "... the store then holds three runs" eq "$(pg_sql "$team" 'SELECT count(*) FROM runs')" 3

# a run that changed since it was copied is not copied over
cp c.db d.db
team2=$(pg_db team2)
"$TRILEMMA" push --db d.db --to "$team2" >/dev/null 2>&1
sqlite3 d.db "UPDATE runs SET status = 'failed'"
"$TRILEMMA" push --db d.db --to "$team2" > push5.txt 2>&1
check "a run changed since its copy is refused (exit 2)" eq "$?" 2
check "... saying why" grep -q "has changed since" push5.txt
check "... and the copy is left as it was" eq "$(pg_sql "$team2" 'SELECT status FROM runs')" finished

# a password in the URL is stored and shown nowhere
pw_url="postgresql://tri:s3cretpw@/tri?host=$PG_DIR/sock"
"$TRILEMMA" run --model "openai:m@$BASE" --suite S.jsonl --db "$pw_url" -q >/dev/null 2>pw.err
check "a run with a password in its URL exits 0" eq "$?" 0
"$TRILEMMA" report --db "$pw_url" --format json > pw.json 2>>pw.err
"$TRILEMMA" report --db "$pw_url" --format html > pw.html 2>>pw.err
check "the password is in no stored row" \
	eq "$(pg_sql "$PG_URL" "SELECT count(*) FROM runs WHERE argv LIKE '%s3cretpw%' OR config LIKE '%s3cretpw%'")" 0
check "... in no report or message" sh -c "! grep -l s3cretpw pw.json pw.html pw.err"
check "... and the URL is shown without it" grep -q 'tri:\*\*\*@' pw.json
"$TRILEMMA" push latest --db a.db "$pw_url" >pwpush.txt 2>&1
check "a URL given to push without --to is refused (exit 2)" eq "$?" 2
check "... and quoted without its password" sh -c "grep -q 'tri:\*\*\*@' pwpush.txt && ! grep -q s3cretpw pwpush.txt"

# read commands write nothing; a bad store is refused with exit 2
# every row of every table, as text: any insert, update or delete changes it
snap() {
	pg_sql "$PG_URL" "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
		SELECT 'r' || r::text x FROM runs r UNION ALL SELECT 'm' || m::text FROM models m
		UNION ALL SELECT 's' || s::text FROM suites s UNION ALL SELECT 'i' || i::text FROM items i
		UNION ALL SELECT 't' || t::text FROM tasks t UNION ALL SELECT 'a' || a::text FROM attempts a
		UNION ALL SELECT 'p' || p::text FROM responses p UNION ALL SELECT 'g' || g::text FROM grades g
		UNION ALL SELECT 'b' || b::text FROM batches b UNION ALL SELECT 'd' || d::text FROM adaptive d) u"
}
s1=$(snap)
"$TRILEMMA" report --db "$PG_URL" >/dev/null 2>&1
"$TRILEMMA" runs --db "$PG_URL" >/dev/null 2>&1
"$TRILEMMA" select --db "$PG_URL" >/dev/null 2>&1
"$TRILEMMA" show a1 --db "$PG_URL" >/dev/null 2>&1
check "report, runs, select and show wrote nothing" eq "$(snap)" "$s1"
check "... (the snapshot reads the store)" test -n "$s1"
empty=$(pg_db empty)
"$TRILEMMA" report --db "$empty" >/dev/null 2>empty.err
check "report on an empty database exits 2" eq "$?" 2
check "... saying it is not a trilemma store" grep -q "not a trilemma store (an empty database)" empty.err
check "... and creates nothing there" eq "$(pg_sql "$empty" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" 0
other=$(pg_db other)
pg_sql "$other" 'CREATE TABLE runs(x int)' >/dev/null
"$TRILEMMA" run --model "openai:m@$BASE" --suite S.jsonl --db "$other" -q >/dev/null 2>other.err
check "run on another program's tables exits 2" eq "$?" 2
check "... and says why" grep -q "another program's tables" other.err
"$TRILEMMA" runs --db "postgresql:///tri?host=$T/nowhere&user=tri" >/dev/null 2>down.err
check "a server that is not there: exit 2 for a read" eq "$?" 2
check "... naming the store" grep -q "cannot connect to the store" down.err

# two runs started together on one store: their own ids, both complete
conc=$(pg_db conc)
"$TRILEMMA" run --model "openai:m@$BASE" --suite S.jsonl --db "$conc" --no-cache -q >/dev/null 2>c1.err &
p1=$!
"$TRILEMMA" run --model "openai:n@$BASE" --suite S.jsonl --db "$conc" --no-cache -q >/dev/null 2>c2.err &
p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
check "two runs started together both exit 0" eq "$r1 $r2" "0 0"
check "... with two ids, every task answered" \
	eq "$(pg_sql "$conc" "SELECT count(DISTINCT run), count(*) FILTER (WHERE state = 'done') FROM tasks")" "2|8"

done_tests
