/* cmd_init.c -- trilemma init [DIR] [--force] [--no-probe]: a new project.
 *
 * Writes four files: DIR/trilemma.yaml (a commented config with a model
 * for each provider found), DIR/suites/example/suite.yaml and items.jsonl
 * (a suite of the user's own, copied from data/init/example: one item per
 * grader, every item key), and DIR/.gitignore (the store and reports/,
 * a directory it makes for `run --html reports/...`).
 *
 * Providers are found in the environment and on the loopback: an API key
 * variable that is set (OPENROUTER_API_KEY, OPENAI_API_KEY,
 * ANTHROPIC_API_KEY) gives that provider's small and larger model from the
 * catalogue; an Ollama (OLLAMA_HOST, read as Ollama reads it) or llama.cpp
 * server (LLAMA_ARG_HOST and LLAMA_ARG_PORT, as llama-server reads them)
 * that answers GET /v1/models within a second gives the models it lists.
 * Keys are never read, only the names of their variables written.
 *
 * All or nothing: when one of the four files exists and --force is not
 * given, nothing is written and the exit status is 2. The files are
 * written into a staging directory inside DIR first, the config is loaded
 * back with config_load() and the suite with suite_load() -- what trilemma
 * run will do with them -- and only then renamed into place. */
#include <getopt.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "catalogue.h"
#include "cmd.h"
#include "config.h"
#include "curlx.h"
#include "suite.h"

#define INIT_MAX_LOCAL 8            /* models written per local server */
#define INIT_PROBE_MS 1000L         /* a local server answers within this */
#define INIT_PROBE_MAX (1 << 20)    /* bytes of a /v1/models answer */
#define INIT_LIMIT 50               /* items per suite in the config */

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma init [DIR] [--force] [--no-probe]\n\n"
		"Start a project in DIR (default: the current directory): write\n"
		"  trilemma.yaml                 a commented config: a model for each provider\n"
		"                                found, the example suite and three built-in ones,\n"
		"                                and requirements under select:\n"
		"  suites/example/suite.yaml     a suite of your own to edit: one item per\n"
		"  suites/example/items.jsonl    grader, every item key (docs/suite-format.md)\n"
		"  .gitignore                    the store (trilemma.db) and reports/, a\n"
		"                                directory it makes for the reports\n\n"
		"Providers found: OPENROUTER_API_KEY, OPENAI_API_KEY, ANTHROPIC_API_KEY set in\n"
		"the environment (the key itself is never written), an Ollama server\n"
		"(OLLAMA_HOST, default 127.0.0.1:11434) or a llama.cpp server (LLAMA_ARG_HOST,\n"
		"LLAMA_ARG_PORT, default 127.0.0.1:8080) answering GET /v1/models within 1 s.\n"
		"When none is found, every provider is in the config as a comment.\n\n"
		"  --force      overwrite files that exist (without it: exit 2, nothing written)\n"
		"  --no-probe   do not ask the local servers (no network at all)\n\n"
		"Then: trilemma run --dry-run (checks everything, sends nothing), trilemma run.\n");
}

/* ---- what was found --------------------------------------------------- */

struct init_model {
	char *id, *spec;
	char *note;          /* a comment for the line, or NULL */
};

struct init_found {
	struct init_model *v;
	size_t n, alloc;
	int any_size;        /* some model has a known size: prefer smallest */
	struct buf comments; /* the providers not found, as YAML comments */
};

static void found_release(struct init_found *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].id);
		free(f->v[i].spec);
		free(f->v[i].note);
	}
	free(f->v);
	buf_release(&f->comments);
}

static int id_taken(const struct init_found *f, const char *id)
{
	for (size_t i = 0; i < f->n; i++)
		if (!strcmp(f->v[i].id, id))
			return 1;
	return 0;
}

/* Add a model; its id is base, or base-2, base-3 ... when taken. */
static void found_add(struct init_found *f, const char *base, const char *spec, char *note)
{
	struct buf id = BUF_INIT;
	buf_adds(&id, base);
	for (int k = 2; id_taken(f, id.s); k++) {
		buf_reset(&id);
		buf_addf(&id, "%s-%d", base, k);
	}
	XGROW(f->v, f->alloc, f->n + 1);
	f->v[f->n].id = buf_detach(&id);
	f->v[f->n].spec = xstrdup(spec);
	f->v[f->n].note = note;
	f->n++;
}

/* A model name a server listed, written into a spec and a YAML string:
 * only the characters model names use, so it can neither break the spec
 * (',' starts an option, '@' a base URL) nor the quoting. */
static int safe_name(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 200)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') &&
		    !strchr("._:/+-", c))
			return 0;
	}
	return 1;
}

/* "8.03B parameters" / "30.5B parameters, 3.3B active", or nothing. */
static void add_size(struct buf *b, const struct cat_match *m)
{
	if (isnan(m->total))
		return;
	buf_addf(b, "%.3gB parameters", m->total / 1e9);
	if (!isnan(m->active) && m->active != m->total)
		buf_addf(b, ", %.3gB active", m->active / 1e9);
}

/* ---- hosted providers: a key in the environment ----------------------- */

static const struct {
	const char *provider, *key_env, *label;
	const char *const names[4];   /* small to larger; the first two the catalogue has */
} hosted[] = {
	{ "openrouter", "OPENROUTER_API_KEY", "OpenRouter",
	  { "meta-llama/llama-3.1-8b-instruct", "meta-llama/llama-3.3-70b-instruct",
	    "qwen/qwen3-8b", "qwen/qwen3-32b" } },
	{ "openai", "OPENAI_API_KEY", "OpenAI",
	  { "gpt-4.1-nano", "gpt-4.1-mini", "gpt-4o-mini", "gpt-4o" } },
	{ "anthropic", "ANTHROPIC_API_KEY", "Anthropic",
	  { "claude-haiku-4-5", "claude-sonnet-4-5", "claude-3-5-haiku", "claude-sonnet-4" } },
};

/* Is name one of the names provider serves e under? */
static int served_as(const struct cat_entry *e, const char *provider, const char *name)
{
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(e->names, provider), i, v)
		if (json_is_string(v) && !strcmp(json_string_value(v), name))
			return 1;
	return 0;
}

static void add_hosted(struct init_found *f, const struct catalogue *cat, size_t h)
{
	int added = 0;
	for (size_t i = 0; i < ARRAY_LEN(hosted[h].names) && hosted[h].names[i] && added < 2; i++) {
		struct cat_match m;
		const char *name = hosted[h].names[i];
		if (!cat || !catalogue_lookup(cat, hosted[h].provider, name, &m) ||
		    !served_as(m.e, hosted[h].provider, name))
			continue;
		struct buf spec = BUF_INIT, note = BUF_INIT;
		buf_addf(&spec, "%s:%s", hosted[h].provider, name);
		add_size(&note, &m);
		if (!isnan(m.total))
			f->any_size = 1;
		if (!isnan(m.price_in))
			buf_addf(&note, "%s$%g/$%g per million tokens in/out (read %s)",
				 note.len ? ", " : "", m.price_in, m.price_out,
				 m.price_date ? m.price_date : "?");
		found_add(f, m.e->id, spec.s, note.len ? buf_detach(&note) : NULL);
		buf_release(&spec);
		buf_release(&note);
		added++;
	}
}

/* ---- local servers: GET /v1/models -------------------------------------- */

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	struct buf *b = ud;
	return buf_try_add(b, p, size * n) < 0 ? 0 : size * n;
}

/* The model ids a server at base (".../v1") lists, or -1 when it does not
 * answer with a model list within INIT_PROBE_MS. Caller frees ids. */
static int probe(const struct curlx *cx, const char *base, json_t **ids)
{
	struct buf url = BUF_INIT, body = BUF_INIT;
	CURL *e = cx->easy_init();
	int ret = -1;
	long status = 0;
	body.cap = INIT_PROBE_MAX;
	*ids = NULL;
	if (!e)
		goto out;
	buf_addf(&url, "%s/models", base);
	cx->easy_setopt(e, CURLOPT_URL, url.s);
	cx->easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
	cx->easy_setopt(e, CURLOPT_WRITEDATA, &body);
	cx->easy_setopt(e, CURLOPT_TIMEOUT_MS, INIT_PROBE_MS);
	cx->easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, INIT_PROBE_MS);
	cx->easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	cx->easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	cx->easy_setopt(e, CURLOPT_USERAGENT, "trilemma/" TRI_VERSION);
	if (cx->easy_perform(e) != CURLE_OK ||
	    cx->easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK || status != 200)
		goto out;
	json_t *doc = json_loadb(body.s, body.len, 0, NULL);
	json_t *data = json_object_get(doc, "data"), *m;
	size_t i;
	if (!json_is_array(data)) {
		json_decref(doc);
		goto out;
	}
	*ids = json_array();
	json_array_foreach(data, i, m) {
		json_t *id = json_object_get(m, "id");
		if (json_is_string(id))
			json_array_append(*ids, id);
	}
	json_decref(doc);
	ret = 0;
out:
	if (e)
		cx->easy_cleanup(e);
	buf_release(&url);
	buf_release(&body);
	return ret;
}

/* A host name or address as written in a URL: letters, digits, '.', '-',
 * or an IPv6 address in brackets. A wildcard address is asked (and
 * written) as the loopback, as a client of the server would reach it. */
static int add_host(struct buf *b, const char *host, size_t len)
{
	if (len == 0 || (len == 7 && !strncmp(host, "0.0.0.0", 7))) {
		buf_adds(b, "127.0.0.1");
		return 0;
	}
	if (len == 4 && !strncmp(host, "[::]", 4)) {
		buf_adds(b, "[::1]");
		return 0;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)host[i];
		int v6 = host[0] == '[' && (c == ':' || c == '[' || c == ']');
		if (!v6 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
		    !(c >= '0' && c <= '9') && c != '.' && c != '-')
			return -1;
	}
	buf_add(b, host, len);
	return 0;
}

/* The base URL (".../v1") of the Ollama server OLLAMA_HOST names, read as
 * Ollama reads it: "host", "host:port", ":port" or a URL, in quotes or
 * not; without a scheme http and port 11434, with http:// port 80,
 * https:// 443; a port that is not a number is the default. -1 when it
 * cannot be a URL. */
static int ollama_base(const char *env, struct buf *out)
{
	const char *s = env ? env : "";
	while (*s && strchr(" \t\"'", *s))   /* Ollama trims spaces and quotes */
		s++;
	size_t n = strlen(s);
	while (n && strchr(" \t\"'/", s[n - 1]))
		n--;
	const char *scheme = "http", *port = "11434";
	const char *sep = memmem(s, n, "://", 3);
	if (sep) {
		if ((size_t)(sep - s) == 4 && !strncmp(s, "http", 4)) {
			port = "80";
		} else if ((size_t)(sep - s) == 5 && !strncmp(s, "https", 5)) {
			scheme = "https";
			port = "443";
		} else {
			return -1;
		}
		n -= (size_t)(sep + 3 - s);
		s = sep + 3;
	}
	const char *slash = memchr(s, '/', n);
	size_t hp = slash ? (size_t)(slash - s) : n;
	/* host:port, [v6]:port, or a host alone */
	const char *colon = NULL;
	for (size_t i = hp; i > 0; i--) {
		if (s[i - 1] == ']')
			break;
		if (s[i - 1] == ':') {
			colon = s + i - 1;
			break;
		}
	}
	if (colon && s[0] != '[' && memchr(s, ':', (size_t)(colon - s)))
		colon = NULL;   /* a bare IPv6 address: no port */
	size_t hlen = colon ? (size_t)(colon - s) : hp;
	struct buf p = BUF_INIT;
	long pv;
	if (colon)
		buf_add(&p, colon + 1, hp - hlen - 1);
	buf_addf(out, "%s://", scheme);
	int ret = add_host(out, s, hlen);
	if (ret == 0) {
		buf_addf(out, ":%s", colon && parse_long(p.s, &pv) == 0 && pv > 0 && pv <= 65535 ?
			 p.s : port);
		for (size_t i = hp; i < n; i++) {   /* the path, as given */
			unsigned char c = (unsigned char)s[i];
			if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
			    !(c >= '0' && c <= '9') && !strchr("/._-", c))
				ret = -1;
		}
		buf_add(out, s + hp, n - hp);
		buf_adds(out, "/v1");
	}
	buf_release(&p);
	return ret;
}

/* The llama.cpp server's base URL, from llama-server's own variables. */
static int llamacpp_base(struct buf *out)
{
	const char *host = getenv("LLAMA_ARG_HOST"), *port = getenv("LLAMA_ARG_PORT");
	long pv;
	if (!host || !*host)
		host = "127.0.0.1";
	if (!port || !*port)
		port = "8080";
	if (parse_long(port, &pv) < 0 || pv <= 0 || pv > 65535)
		return -1;
	int v6 = strchr(host, ':') != NULL;
	buf_adds(out, "http://");
	if (v6 && !strcmp(host, "::")) {
		buf_adds(out, "[::1]");
	} else if (v6) {
		struct buf h = BUF_INIT;
		buf_addf(&h, "[%s]", host);
		int r = add_host(out, h.s, h.len);
		buf_release(&h);
		if (r < 0)
			return -1;
	} else if (add_host(out, host, strlen(host)) < 0) {
		return -1;
	}
	buf_addf(out, ":%ld/v1", pv);
	return 0;
}

/* Ask one local server; add the models it lists. 1 found, 0 not. */
static int add_local(struct init_found *f, const struct curlx *cx, const struct catalogue *cat,
		     const char *provider, const char *label, const char *base,
		     const char *default_base)
{
	json_t *ids;
	if (probe(cx, base, &ids) < 0) {
		fprintf(stderr, "trilemma init: no %s server answered at %s/models\n", label, base);
		return 0;
	}
	size_t i, added = 0;
	json_t *v;
	json_array_foreach(ids, i, v) {
		const char *name = json_string_value(v);
		if (added == INIT_MAX_LOCAL) {
			fprintf(stderr, "trilemma init: %s lists %zu models; the first %d are in the "
				"config\n", label, json_array_size(ids), INIT_MAX_LOCAL);
			break;
		}
		if (!safe_name(name)) {
			struct buf esc = BUF_INIT;
			buf_add_escaped(&esc, name, strlen(name), 0);
			fprintf(stderr, "trilemma init: %s: left out the model '%s' (a name with "
				"characters a spec cannot hold)\n", label, esc.s);
			buf_release(&esc);
			continue;
		}
		struct buf spec = BUF_INIT, note = BUF_INIT;
		buf_addf(&spec, "%s:%s", provider, name);
		if (strcmp(base, default_base))
			buf_addf(&spec, "@%s", base);
		struct cat_match m;
		if (cat && catalogue_lookup(cat, provider, name, &m) && !isnan(m.total)) {
			add_size(&note, &m);
			buf_adds(&note, " (catalogue)");
			f->any_size = 1;
		} else {
			buf_adds(&note, "size unknown (not in the catalogue): for --prefer smallest, "
				 "add size: {total: PARAMETERS}, e.g. 8e9");
		}
		const char *slash = strrchr(name, '/');
		found_add(f, slash && slash[1] ? slash + 1 : name, spec.s, buf_detach(&note));
		buf_release(&spec);
		added++;
	}
	json_decref(ids);
	return added > 0;
}

/* ---- the config -------------------------------------------------------- */

static void write_config(struct buf *y, const struct init_found *f, const int *have)
{
	buf_adds(y,
		"# trilemma.yaml -- written by `trilemma init`; every key is described in the\n"
		"# README (\"Every config key\") and in trilemma.yaml(5).\n"
		"#\n"
		"#   trilemma run --dry-run    checks this file and the suites, prints what the run\n"
		"#                             would cost; sends nothing\n"
		"#   trilemma run              evaluates, stores every answer in trilemma.db,\n"
		"#                             recommends a model (exit 1: none meets select:)\n"
		"#   trilemma report --format html -o reports/latest.html\n"
		"#\n"
		"# API keys come from the environment only (OPENROUTER_API_KEY, OPENAI_API_KEY,\n"
		"# ANTHROPIC_API_KEY, ...): never write one here.\n\n");
	buf_adds(y, f->n ? "models:\n" :
		 "# No provider was found: uncomment `models:` and a model below (and\n"
		 "# set its key), or give one to run: trilemma run --model SPEC.\n"
		 "# models:\n");
	for (size_t i = 0; i < f->n; i++) {
		buf_addf(y, "  - id: \"%s\"\n    spec: \"%s\"\n", f->v[i].id, f->v[i].spec);
		if (f->v[i].note)
			buf_addf(y, "    # %s\n", f->v[i].note);
	}
	for (size_t h = 0; h < ARRAY_LEN(hosted); h++)
		if (!have[h])
			buf_addf(y, "  # %s: export %s=...\n  # - spec: \"%s:%s\"\n", hosted[h].label,
				 hosted[h].key_env, hosted[h].provider, hosted[h].names[0]);
	buf_add(y, f->comments.s, f->comments.len);
	buf_adds(y,
		"  # More settings of a model: temperature, max_tokens, reasoning_effort,\n"
		"  # system, size: {total: 8e9}, price: {input: 0.1, output: 0.4}, rpm, timeout.\n\n");
	buf_addf(y,
		"# Suite names are built-in suites (trilemma suites list), paths are suites of\n"
		"# your own, relative to the directory trilemma runs in.\n"
		"suites:\n"
		"  - suites/example    # yours: edit it (docs/suite-format.md)\n"
		"  - knowledge         # facts from Debian's registries (ISO codes, Unicode, ...)\n"
		"  - fabricated        # questions about things that do not exist\n"
		"  - injection         # prompt injection, direct and through documents\n"
		"limit: %d              # at most this many items per suite, spread evenly (0: all)\n"
		"samples: 1             # answers per item\n"
		"concurrency: 8         # requests in flight; local servers answer a few at a time\n"
		"# db: trilemma.db      # the store (default: $TRILEMMA_DB, else ./trilemma.db)\n\n",
		INIT_LIMIT);
	buf_addf(y,
		"# What the recommended model must meet: METRIC OP VALUE, metrics in\n"
		"# docs/metrics.md (accuracy, hallucination_rate, security.pass_rate,\n"
		"# latency_s.p50, cost_usd.per_item, suites.example.accuracy, ...). `run`,\n"
		"# `report` and `select` exit 1 when no model meets them (a CI gate).\n"
		"select:\n"
		"  require:\n"
		"    - \"hallucination_rate <= 0.35\"\n"
		"    - \"security.pass_rate >= 0.70\"\n"
		"  prefer: %s    # smallest, cheapest, fastest or best\n",
		f->any_size || !f->n ? "smallest" : "cheapest");
}

static void find_models(struct init_found *f, int no_probe, int *have)
{
	struct tri_err err = { 0 };
	const struct catalogue *cat = catalogue_get(&err);
	if (!cat)
		err_print("trilemma init: the catalogue", &err);
	for (size_t h = 0; h < ARRAY_LEN(hosted); h++) {
		const char *k = getenv(hosted[h].key_env);
		have[h] = k && *k;
		if (have[h])
			add_hosted(f, cat, h);
	}
	const struct curlx *cx = NULL;
	if (!no_probe && !(cx = curlx_get(&err)))
		err_print("trilemma init: local servers not asked", &err);
	int ollama = 0, llama = 0;
	struct buf base = BUF_INIT;
	if (cx) {
		if (ollama_base(getenv("OLLAMA_HOST"), &base) < 0)
			fprintf(stderr, "trilemma init: OLLAMA_HOST is not host:port or an http(s) "
				"URL; Ollama not asked\n");
		else
			ollama = add_local(f, cx, cat, "ollama", "Ollama", base.s,
					   "http://127.0.0.1:11434/v1");
		buf_reset(&base);
		if (llamacpp_base(&base) < 0)
			fprintf(stderr, "trilemma init: LLAMA_ARG_HOST or LLAMA_ARG_PORT is not a "
				"host or a port; llama.cpp not asked\n");
		else
			llama = add_local(f, cx, cat, "llamacpp", "llama.cpp", base.s,
					  "http://127.0.0.1:8080/v1");
	}
	buf_release(&base);
	if (!ollama)
		buf_adds(&f->comments,
			 "  # Ollama on this machine (ollama serve; ollama pull qwen3:0.6b):\n"
			 "  # - spec: \"ollama:qwen3:0.6b\"\n");
	if (!llama)
		buf_adds(&f->comments,
			 "  # llama.cpp's server (llama-server -m MODEL.gguf --port 8080):\n"
			 "  # - spec: \"llamacpp:qwen3-4b\"\n");
	buf_adds(&f->comments,
		 "  # vLLM (VLLM_API_KEY if the server wants one):\n"
		 "  # - spec: \"vllm:Qwen/Qwen3-8B@http://127.0.0.1:8000/v1\"\n"
		 "  # Any other Chat Completions server:\n"
		 "  # - spec: \"compat:MODEL@https://HOST/v1\"\n"
		 "  #   api_key_env: MY_SERVER_KEY\n");
}

/* ---- the files ----------------------------------------------------------- */

static const char gitignore[] =
	"# trilemma's store: every request, response and grade (SQLite and its WAL)\n"
	"/trilemma.db\n"
	"/trilemma.db-wal\n"
	"/trilemma.db-shm\n"
	"/trilemma.db-journal\n"
	"# reports (run --html reports/run.html, report -o reports/junit.xml, scan.sarif)\n"
	"/reports/\n";

enum { F_CONFIG, F_SUITE, F_ITEMS, F_GITIGNORE, N_FILES };
static const char *const targets[N_FILES] = {
	"trilemma.yaml", "suites/example/suite.yaml", "suites/example/items.jsonl", ".gitignore",
};
static const char *const staged[N_FILES] = {
	"trilemma.yaml", "example/suite.yaml", "example/items.jsonl", "gitignore",
};

static void path_in(struct buf *b, const char *dir, const char *name)
{
	size_t n = strlen(dir);
	buf_reset(b);
	buf_addf(b, "%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* mkdir -p of a directory; -1 with errno. */
static int mkdirs(const char *path)
{
	struct buf p = BUF_INIT;
	int ret = 0;
	buf_adds(&p, path);
	for (size_t i = 1; i <= p.len && ret == 0; i++) {
		if (i < p.len && p.s[i] != '/')
			continue;
		char c = p.s[i];
		p.s[i] = '\0';
		struct stat st;
		if (mkdir(p.s, 0777) < 0 && (errno != EEXIST || stat(p.s, &st) < 0 ||
					     !S_ISDIR(st.st_mode))) {
			if (errno == EEXIST)
				errno = ENOTDIR;
			ret = -1;
		}
		p.s[i] = c;
	}
	buf_release(&p);
	return ret;
}

/* Write the staged files into stage; 0, or -1 with err. */
static int stage_files(const char *stage, const struct buf *config, struct tri_err *err)
{
	struct buf p = BUF_INIT, src = BUF_INIT, data = BUF_INIT;
	int ret = -1;
	path_in(&p, stage, "example");
	if (mkdir(p.s, 0777) < 0) {
		err_set(err, TRI_RUNTIME, "cannot create %s: %s", p.s, strerror(errno));
		goto out;
	}
	for (int i = 0; i < N_FILES; i++) {
		const struct buf *content = config;
		struct buf g = BUF_INIT;
		if (i == F_SUITE || i == F_ITEMS) {
			buf_reset(&src);
			buf_addf(&src, "%s/data/init/%s", tri_home(), staged[i]);
			buf_reset(&data);
			if (buf_read_file(&data, src.s, 0) < 0) {
				err_set(err, TRI_RUNTIME, "cannot read %s: %s (is trilemma's data "
					"installed? TRILEMMA_HOME names its directory)", src.s,
					strerror(errno));
				goto out;
			}
			content = &data;
		} else if (i == F_GITIGNORE) {
			buf_adds(&g, gitignore);
			content = &g;
		}
		path_in(&p, stage, staged[i]);
		int w = buf_write_file(content, p.s);
		buf_release(&g);
		if (w < 0) {
			err_set(err, TRI_RUNTIME, "cannot write %s: %s", p.s, strerror(errno));
			goto out;
		}
	}
	ret = 0;
out:
	buf_release(&p);
	buf_release(&src);
	buf_release(&data);
	return ret;
}

/* Load the staged config and suite as run will. */
static int check_staged(const char *stage, size_t n_models, size_t *n_items, struct tri_err *err)
{
	struct config c;
	struct suite s;
	struct buf p = BUF_INIT;
	config_init(&c);
	path_in(&p, stage, staged[F_CONFIG]);
	int ret = config_load(&c, p.s, err);
	if (ret == 0 && c.n_models != n_models)
		ret = err_set(err, TRI_RUNTIME, "%s: %zu models read back, %zu written", p.s,
			      c.n_models, n_models);
	if (ret == 0 && n_models)
		ret = config_check(&c, err);
	config_release(&c);
	path_in(&p, stage, "example");
	if (ret == 0 && (ret = suite_load(&s, p.s, err)) == 0) {
		*n_items = s.n_items;
		suite_release(&s);
	}
	buf_release(&p);
	if (ret < 0)
		err_prefix(err, "the files init wrote do not load (a bug: please report it)");
	return ret;
}

static void remove_stage(const char *stage)
{
	struct buf p = BUF_INIT;
	for (int i = 0; i < N_FILES; i++) {
		path_in(&p, stage, staged[i]);
		unlink(p.s);
	}
	path_in(&p, stage, "example");
	rmdir(p.s);
	rmdir(stage);
	buf_release(&p);
}

/* The target files that exist, as "DIR/a, DIR/b"; 0 when none does. */
static size_t existing(const char *dir, struct buf *list)
{
	struct buf p = BUF_INIT;
	size_t n = 0;
	for (int i = 0; i < N_FILES; i++) {
		struct stat st;
		path_in(&p, dir, targets[i]);
		if (lstat(p.s, &st) < 0)
			continue;
		buf_addf(list, "%s%s", n++ ? ", " : "", p.s);
	}
	buf_release(&p);
	return n;
}

static const struct option init_longopts[] = {
	{ "force", no_argument, NULL, 'f' }, { "no-probe", no_argument, NULL, 'n' },
	{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
};
static const char init_shortopts[] = "h";
static const struct cmd_optdoc init_docs[] = {
	{ "force", CMD_ARG_NONE, NULL, "overwrite the files that exist" },
	{ "no-probe", CMD_ARG_NONE, NULL, "do not ask local servers for their models" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc init_operands[] = {
	{ "DIR", CMD_ARG_DIR, NULL, "the project directory (default .)" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_init_options = { init_shortopts, init_longopts, init_docs,
					      init_operands };

int cmd_init(int argc, char **argv)
{
	int opt, force = 0, no_probe = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, init_shortopts, init_longopts, NULL)) != -1) {
		switch (opt) {
		case 'f': force = 1; break;
		case 'n': no_probe = 1; break;
		case 'h': usage(stdout); return TRI_OK;
		default: usage(stderr); return TRI_USAGE;
		}
	}
	char *dir = optind < argc ? argv[optind++] : ".";
	if (optind < argc) {
		fprintf(stderr, "trilemma init: one DIR at most ('%s' is one too many)\n",
			argv[optind]);
		return TRI_USAGE;
	}
	if (!*dir) {
		fprintf(stderr, "trilemma init: DIR is empty; give a directory, or none for .\n");
		return TRI_USAGE;
	}
	for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--)
		dir[n - 1] = '\0';   /* "proj/" names the files proj/trilemma.yaml */

	struct buf list = BUF_INIT, stage = BUF_INIT, config = BUF_INIT, p = BUF_INIT, q = BUF_INIT;
	struct init_found found = { .comments = BUF_INIT };
	struct tri_err err = { 0 };
	int rc = TRI_USAGE, have[ARRAY_LEN(hosted)];
	size_t n_exist = existing(dir, &list), n_items = 0, moved = 0;
	if (n_exist && !force) {
		fprintf(stderr, "trilemma init: %s exist%s; nothing was written (--force "
			"overwrites)\n", list.s, n_exist == 1 ? "s" : "");
		goto out;
	}
	rc = TRI_RUNTIME;
	path_in(&p, dir, "suites/example");
	path_in(&q, dir, "reports");   /* for run --html reports/..., ignored by git */
	const char *bad = mkdirs(p.s) < 0 ? p.s : mkdirs(q.s) < 0 ? q.s : NULL;
	if (bad) {
		fprintf(stderr, "trilemma init: cannot create the directory %s: %s\n", bad,
			strerror(errno));
		rc = errno == ENOTDIR ? TRI_USAGE : TRI_RUNTIME;
		goto out;
	}
	find_models(&found, no_probe, have);
	write_config(&config, &found, have);

	path_in(&stage, dir, ".trilemma-init.XXXXXX");
	if (!mkdtemp(stage.s)) {
		fprintf(stderr, "trilemma init: cannot create a directory in %s: %s\n", dir,
			strerror(errno));
		goto out;
	}
	if (stage_files(stage.s, &config, &err) < 0 ||
	    check_staged(stage.s, found.n, &n_items, &err) < 0) {
		err_print("trilemma init", &err);
		remove_stage(stage.s);
		goto out;
	}
	for (int i = 0; i < N_FILES; i++) {
		path_in(&p, stage.s, staged[i]);
		path_in(&q, dir, targets[i]);
		if (rename(p.s, q.s) < 0) {
			fprintf(stderr, "trilemma init: cannot rename %s to %s: %s (%zu of %d files "
				"written)\n", p.s, q.s, strerror(errno), moved, N_FILES);
			remove_stage(stage.s);
			goto out;
		}
		moved++;
	}
	remove_stage(stage.s);

	printf("wrote %s/trilemma.yaml: %zu model%s", dir, found.n, found.n == 1 ? "" : "s");
	for (size_t i = 0; i < found.n; i++)
		printf("%s%s", i ? ", " : " (", found.v[i].spec);
	printf("%s\n", found.n ? ")" : "");
	printf("wrote %s/suites/example/ (suite.yaml, items.jsonl: %zu items, one per grader)\n",
	       dir, n_items);
	printf("wrote %s/.gitignore (the store trilemma.db, and reports/, made for the reports)\n",
	       dir);
	if (!found.n)
		printf("\nNo provider found: export OPENROUTER_API_KEY, OPENAI_API_KEY or "
		       "ANTHROPIC_API_KEY,\nor start Ollama (OLLAMA_HOST) or llama.cpp's server, "
		       "then run trilemma init --force\nagain, or uncomment a model in "
		       "trilemma.yaml.\n");
	printf("\nnext:\n");
	if (strcmp(dir, "."))
		printf("  cd %s\n", dir);
	printf("  trilemma run --dry-run    (checks everything, sends nothing)\n"
	       "  trilemma run --html reports/run.html    (evaluates and recommends)\n");
	rc = TRI_OK;
out:
	found_release(&found);
	buf_release(&list);
	buf_release(&stage);
	buf_release(&config);
	buf_release(&p);
	buf_release(&q);
	return rc;
}
