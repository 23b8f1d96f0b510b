#!/bin/sh
# ci_recipes.sh -- the CI recipes of docs/ci.md, run offline. Each YAML block
# after a "<!-- ci-recipe: NAME -->" line is parsed; the commands of its
# steps (GitHub's run:, GitLab's script: and after_script:) are run in
# order as the CI runs them (sh -e; after a failed step only the steps
# marked if: always(), and GitLab's after_script), in a project made by
# `trilemma init`, with MODEL set to a model of the test server. Only the
# installation (a step named "Install trilemma", GitLab's before_script)
# and the actions (uses:) are not run. Checked: the exit codes (1 when a
# requirement is missed, 0 when met; 1 for code with a finding, 0 for
# clean code), the HTML report and the JUnit file (well-formed, a test
# case per requirement), the SARIF's shape, and that what the steps write
# is what the workflow uploads.
. "$(dirname "$0")/lib.sh"
top=$(pwd)
doc="$top/docs/ci.md"
cd "$T" || exit 2
unset OPENAI_API_KEY OPENROUTER_API_KEY ANTHROPIC_API_KEY TRILEMMA_DB

if ! python3 -c 'import yaml' 2>/dev/null; then
	skip "the recipes: python3-yaml is not installed, they were not read (apt-get install python3-yaml)"
	done_tests
	exit $?
fi

mkdir bin && ln -s "$TRILEMMA" bin/trilemma
PATH="$T/bin:$PATH"; export PATH

# recipe.py BLOCK JOB [VAR=VALUE...]: run the job's commands in the current
# directory; print one line per step: "rc NAME" (rc "-" when skipped), then
# "job RC". With BLOCK alone: print the block's YAML as JSON.
cat > recipe.py <<'PY'
import json, os, re, subprocess, sys
doc, block = sys.argv[1], sys.argv[2]
text = open(doc, encoding="utf-8").read()
m = re.search(r"<!-- ci-recipe: %s -->\n```yaml\n(.*?)\n```" % re.escape(block), text, re.S)
if not m:
    sys.exit("no block %s in %s" % (block, doc))
import yaml
y = yaml.safe_load(m.group(1))
if len(sys.argv) == 3:
    if True in y:                     # YAML 1.1 reads the key on: as true
        y["on"] = y.pop(True)
    print(json.dumps(y))
    sys.exit(0)
job = sys.argv[3]
env = dict(os.environ)
for kv in sys.argv[4:]:
    k, v = kv.split("=", 1)
    env[k] = v
steps = []
if "jobs" in y:                       # GitHub Actions
    j = y["jobs"][job]
    for s in j["steps"]:
        if "uses" in s:
            continue
        if s.get("name") == "Install trilemma":
            steps.append(("skip", s["name"], None, False))
            continue
        steps.append(("run", s.get("name", s["run"][:40]), s["run"], s.get("if") == "always()"))
else:                                 # GitLab CI: script, then after_script always
    j = y[job]
    steps.append(("run", "script", "\n".join(j["script"]), False))
    for c in j.get("after_script", []):
        steps.append(("run", "after_script", c, True))
failed = 0
for kind, name, cmd, always in steps:
    if kind == "skip" or (failed and not always):
        print("- %s" % name)
        continue
    rc = subprocess.run(["sh", "-ec", cmd], env=env).returncode
    print("%d %s" % (rc, name))
    if rc and not failed:
        failed = rc
print("job %d" % failed)
PY
recipe() { python3 recipe.py "$doc" "$@"; }

# the blocks are there and are YAML
for b in github-evaluate github-scan gitlab; do
	recipe "$b" > "$b.json" 2> "$b.err"
	check "docs/ci.md: the $b block is YAML" eq "$?" 0
done

# what the workflows upload is what their steps write
check "evaluate: MODEL and the key's secret are the job's environment" \
	eq "$(jq -r '.jobs.evaluate.env | [.MODEL != null, (.OPENROUTER_API_KEY | test("secrets"))] | @tsv' github-evaluate.json)" "true	true"
check "evaluate: the artifact (uploaded always) holds the reports directory" \
	eq "$(jq -r '.jobs.evaluate.steps[] | select(.uses // "" | startswith("actions/upload-artifact")) | "\(.if) \(.with.path)"' github-evaluate.json)" "always() reports/"
check "evaluate: the JUnit step runs always" \
	eq "$(jq -r '.jobs.evaluate.steps[] | select(.name == "JUnit") | .if' github-evaluate.json)" "always()"
sarif_out=$(jq -r '.jobs.scan.steps[] | select(.name == "Scan") | .run' github-scan.json | sed -n 's/.* -o \([^ ]*\) .*/\1/p')
check "scan: the SARIF uploaded (always) is the one the scan writes ($sarif_out)" \
	eq "$(jq -r '.jobs.scan.steps[] | select(.uses // "" | startswith("github/codeql-action/upload-sarif")) | "\(.if) \(.with.sarif_file)"' github-scan.json)" "always() $sarif_out"
check "scan: the workflow may write security events" \
	eq "$(jq -r '.permissions["security-events"]' github-scan.json)" "write"
check "gitlab: the JUnit file is the job's test report" \
	eq "$(jq -r '.evaluate.artifacts | "\(.when) \(.reports.junit)"' gitlab.json)" "always reports/junit.xml"
n_req=$(jq -r '.jobs.evaluate.steps[] | select(.name == "Evaluate") | .run' github-evaluate.json | grep -o -- '--require' | wc -l)
check "evaluate: requirements to check ($n_req)" test "$n_req" -ge 1

# the test server: one model answers the example suite, one knows nothing
cat > script.json <<'JSON'
{"models": {
  "good": {"rules": [
    {"match": "capital of France", "text": "Paris"},
    {"match": "150 km in 2.5 hours", "text": "The average speed is 60 km/h."},
    {"match": "HTTP status code", "text": "C"},
    {"match": "ISO 8601", "text": "2024-03-05"},
    {"match": "RFC 99999", "text": "I don't know."},
    {"match": "warmer in Lisbon", "tool_calls": [{"name": "get_weather", "arguments": {"city": "Oslo"}}]}],
    "default": {"text": "I can't help with that."}},
  "poor": {"default": {"text": "I don't know."}}
}}
JSON
sim_start script.json

# evaluate, GitHub: a project from trilemma init, a model that meets the requirements
# (size=: a compat model has none in the catalogue, and --prefer smallest needs one)
evaluate() { # DIR BLOCK JOB MODEL
	mkdir "$1" && (cd "$1" && trilemma init --no-probe > /dev/null 2>&1 &&
		python3 ../recipe.py "$doc" "$2" "$3" "MODEL=compat:$4@$BASE,size=1b" > steps.txt 2> log.txt)
}
failures() { xmllint --xpath 'string(/testsuites/@failures)' "$1" 2>/dev/null; }
cases() { xmllint --xpath 'count(//testcase)' "$1" 2>/dev/null; }

evaluate ge github-evaluate evaluate good
check "evaluate, a model that meets them: the job passes" grep -qx 'job 0' ge/steps.txt
check "... only the installation is not run" eq "$(grep -c '^- ' ge/steps.txt)" 1
check "... the HTML report, well-formed" sh -c "test -s ge/reports/report.html && xmllint --noout ge/reports/report.html"
check "... the JUnit file, well-formed" xmllint --noout ge/reports/junit.xml
check "... a test case per requirement ($n_req), none failed" eq "$(cases ge/reports/junit.xml) $(failures ge/reports/junit.xml)" "$n_req 0"

evaluate gp github-evaluate evaluate poor
check "evaluate, a model that misses a requirement: the run exits 1 and fails the job" \
	sh -c "grep -qx '1 Evaluate' gp/steps.txt && grep -qx 'job 1' gp/steps.txt"
check "... the JUnit step still runs" grep -qx '0 JUnit' gp/steps.txt
check "... and the HTML report is written" sh -c "test -s gp/reports/report.html && xmllint --noout gp/reports/report.html"
check "... the JUnit file: one requirement failed" eq "$(failures gp/reports/junit.xml)" 1
check "... the one on the example suite" eq \
	"$(xmllint --xpath 'string(//testcase[failure]/@name)' gp/reports/junit.xml 2>/dev/null)" \
	"suites.example.accuracy >= 0.8"

evaluate lp gitlab evaluate poor
check "gitlab evaluate, a model that misses a requirement: exit 1, after_script's JUnit" \
	sh -c "grep -qx '1 script' lp/steps.txt && grep -qx '0 after_script' lp/steps.txt && xmllint --noout lp/reports/junit.xml"
evaluate lg gitlab evaluate good
check "gitlab evaluate, a model that meets them: exit 0" grep -qx 'job 0' lg/steps.txt

# scan: code with a finding, and clean code (the finding only under vendor/, excluded)
mkdir -p sb/src sc/src sc/vendor
printf '#include <stdio.h>\nint main(void) { char b[8]; gets(b); return 0; }\n' > sb/src/a.c
printf 'import subprocess, sys\nsubprocess.run(sys.argv[1], shell=True)\n' > sb/src/b.py
printf 'import subprocess, sys\nsubprocess.run(["ls", "--", sys.argv[1]])\n' > sc/src/ok.py
cp sb/src/a.c sc/vendor/a.c
(cd sb && python3 ../recipe.py "$doc" github-scan scan > steps.txt 2> log.txt)
check "scan, code with a finding: the scan exits 1 and fails the job" \
	sh -c "grep -qx '1 Scan' sb/steps.txt && grep -qx 'job 1' sb/steps.txt"
cat > sarif.py <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["version"] == "2.1.0", s.get("version")
assert "sarif" in s["$schema"], s.get("$schema")
run = s["runs"][0]
assert run["tool"]["driver"]["name"] == "trilemma"
rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
for r in run["results"]:
    assert r["ruleId"] in rules, r["ruleId"]
    loc = r["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    assert not uri.startswith("/") and "://" not in uri, uri
    assert loc["region"]["startLine"] >= 1
print(len(run["results"]), " ".join(sorted({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]})))
PY
check "... the SARIF has SARIF's shape, relative paths, rules for every result" python3 sarif.py "sb/$sarif_out"
check "... with the findings of both files" sh -c "python3 sarif.py sb/$sarif_out | grep -q ' src/a.c src/b.py\$'"
(cd sc && python3 ../recipe.py "$doc" github-scan scan > steps.txt 2> log.txt)
check "scan, clean code (vendor/ excluded): the job passes" grep -qx 'job 0' sc/steps.txt
check "... and the SARIF has no result" sh -c "python3 sarif.py sc/$sarif_out | grep -qx '0 '"
(cd sb && python3 ../recipe.py "$doc" gitlab scan > steps2.txt 2> log2.txt)
check "gitlab scan, code with a finding: exit 1" grep -qx '1 script' sb/steps2.txt
done_tests
