/* cmd_scan.c -- `trilemma scan`: the insecure-code gate (SPEC §10).
 *
 * Walks the paths given (files, directories recursively, "-" for stdin),
 * scans each file with the rules of data/scan, and prints the findings as
 * text, JSON or SARIF. Exit status: 0 when no finding is at or above
 * --fail-on (default low: any finding fails the gate, as bandit and
 * `semgrep --error` do), 1 when one is, 2 for a usage or input error. */
#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <getopt.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "err.h"
#include "scan.h"
#include "scan_cwe.h"
#include "cmd.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_SARIF, FMT_GITHUB };

struct scan_opts {
	const char *lang;
	enum fmt fmt;
	int fail_on;            /* 0: never fail */
	enum scan_sev min_sev;  /* report only at or above */
	int markdown;           /* force Markdown for every input */
	int quiet;
	const char **excl;
	size_t n_excl, alloc_excl;
	int list_rules;         /* --list-rules: print the rules, scan nothing */
	int *cwes;              /* --cwe: report only these CWEs and their children */
	size_t n_cwes, alloc_cwes;
};

struct job;

struct scan_state {
	const struct scan_rules *rules;
	const struct scan_opts *o;
	struct scan_result res;
	size_t n_files;
	int input_errors;
	struct job *jobs;
	size_t n_jobs, alloc_jobs, next_job;
	int walking;            /* more jobs may come */
	pthread_mutex_t mu;     /* guards the jobs while the walk adds them */
	pthread_cond_t more;    /* a job was added, or the walk ended */
	pthread_t tid[7];       /* the workers besides the main thread */
	size_t n_tid;
};

static void usage(FILE *f)
{
	fprintf(f,
"usage: trilemma scan [PATH...|-] [options]\n"
"\n"
"Find insecure code in files, directories (recursively) or stdin.\n"
"\n"
"  -l, --lang L            language of stdin or of every file (c, cpp, python,\n"
"                          javascript, typescript, java, go, php, csharp, rust,\n"
"                          kotlin, swift, ruby)\n"
"  -f, --format F          text (default), json, sarif, or github (annotations for\n"
"                          GitHub Actions: ::error file=...,line=...::message)\n"
"      --fail-on S         exit 1 when a finding is at or above S: low (default),\n"
"                          medium, high, or never\n"
"      --severity S        report only findings at or above S (default low)\n"
"      --cwe CWE-N         report only findings of CWE-N or of a weakness under\n"
"                          it in MITRE's CWE tree (repeatable, or a list:\n"
"                          --cwe 74,327 keeps injections and crypto)\n"
"      --exclude PATTERN   skip paths matching a .gitignore-style pattern\n"
"                          (repeatable): 'vendor/', '*.min.js', 'build/**'\n"
"      --markdown          read inputs as Markdown (fenced code blocks); the\n"
"                          default for .md files and for stdin with fences\n"
"      --rules DIR         load rules from DIR instead of data/scan\n"
"      --list-rules        print the rules (id, severity, CWE, languages, message;\n"
"                          --format json for every field), of --lang L only\n"
"                          when given, and scan nothing\n"
"  -o, --output FILE       write the report to FILE instead of stdout\n"
"  -q, --quiet             no summary line on stderr\n"
"  -h, --help              this help\n"
"\n"
"A comment holding 'nosec' or 'trilemma:ignore' silences its line.\n"
"Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.\n");
}

static int is_markdown_path(const char *p)
{
	const char *dot = strrchr(p, '.');
	return dot && (!strcasecmp(dot, ".md") || !strcasecmp(dot, ".markdown"));
}

/* .gitignore-style: a pattern without '/' (but a trailing one) matches the
 * base name at any depth; with one it is anchored at the scan root. A
 * trailing '/' matches directories only. */
static int excluded(const struct scan_opts *o, const char *rel, int is_dir)
{
	const char *base = strrchr(rel, '/');
	base = base ? base + 1 : rel;
	for (size_t i = 0; i < o->n_excl; i++) {
		char pat[4096];
		const char *p = o->excl[i];
		size_t l = strlen(p);
		if (l == 0 || l >= sizeof(pat))
			continue;
		memcpy(pat, p, l + 1);
		int dir_only = pat[l - 1] == '/';
		if (dir_only) {
			pat[--l] = '\0';
			if (!is_dir || l == 0)
				continue;
		}
		const char *pp = pat[0] == '/' ? pat + 1 : pat;
		int anchored = strchr(pp, '/') != NULL || pat[0] == '/';
		int flags = strstr(pp, "**") ? 0 : FNM_PATHNAME;
		if (anchored ? !fnmatch(pp, rel, flags) : !fnmatch(pp, base, 0))
			return 1;
	}
	return 0;
}

/* One file to scan. Files are scanned by a few threads while the walk
 * gathers them (the rules are read-only; each job owns its result and its
 * messages), then merged in gathering order. The report is sorted anyway,
 * so the number of threads never changes the output. */
struct job {
	char *path;
	int explicit;
	struct scan_result res;
	struct buf msg;         /* diagnostics for stderr */
	int errors, counted;
};

static int looks_binary(const struct buf *b)
{
	return memchr(b->s, '\0', b->len < 8192 ? b->len : 8192) != NULL;
}

static void scan_text(const struct scan_state *st, const char *name, const char *text,
                      size_t len, int markdown, struct scan_result *res,
                      struct buf *msg, int *errors)
{
	struct tri_err err;
	int rc;

	if (markdown)
		rc = scan_markdown(st->rules, name, text, len, res, NULL, &err);
	else
		rc = scan_buffer(st->rules, name, st->o->lang, text, len, res, &err);
	if (rc) {
		buf_adds(msg, "trilemma scan: ");
		buf_add_escaped(msg, err.msg, strlen(err.msg), 0);
		buf_addc(msg, '\n');
		(*errors)++;
	}
}

#define READ_MAX ((size_t)256 << 20)

static void run_job(const struct scan_state *st, struct job *j, struct buf *b)
{
	int md = st->o->markdown || is_markdown_path(j->path);

	buf_reset(b);   /* the worker's buffer: its allocation is kept */
	if (buf_read_regular(b, j->path, READ_MAX)) {
		buf_adds(&j->msg, "trilemma scan: cannot read ");
		buf_add_escaped(&j->msg, j->path, strlen(j->path), 0);
		buf_addf(&j->msg, ": %s\n", strerror(errno));
		j->errors++;
		goto out;
	}
	if (looks_binary(b)) {
		if (j->explicit) {
			buf_adds(&j->msg, "trilemma scan: ");
			buf_add_escaped(&j->msg, j->path, strlen(j->path), 0);
			buf_adds(&j->msg, ": binary file, skipped\n");
		}
		goto out;
	}
	j->counted = 1;
	scan_text(st, j->path, b->s, b->len, md, &j->res, &j->msg, &j->errors);
out:
	if (b->alloc > ((size_t)16 << 20))   /* keep no huge buffer */
		buf_release(b);
}

static void scan_file(struct scan_state *st, const char *path, int explicit)
{
	int md = st->o->markdown || is_markdown_path(path);

	if (!explicit && !md && !st->o->lang && !scan_lang_from_path(path))
		return;
	struct job j;
	memset(&j, 0, sizeof(j));
	buf_init(&j.msg);
	j.path = xstrdup(path);
	j.explicit = explicit;
	/* The workers hold no pointer into jobs[] while they wait for the
	 * lock, so it may move. */
	pthread_mutex_lock(&st->mu);
	XGROW(st->jobs, st->alloc_jobs, st->n_jobs + 1);
	st->jobs[st->n_jobs++] = j;
	pthread_cond_signal(&st->more);
	pthread_mutex_unlock(&st->mu);
}

/* Take the next job: a copy, since jobs[] may move while the walk adds
 * to it; the results go back with job_done(). Returns 0 when the walk has
 * ended and no job is left. */
static int job_take(struct scan_state *st, size_t *i, struct job *j)
{
	pthread_mutex_lock(&st->mu);
	while (st->next_job >= st->n_jobs && st->walking)
		pthread_cond_wait(&st->more, &st->mu);
	int got = st->next_job < st->n_jobs;
	if (got) {
		*i = st->next_job++;
		*j = st->jobs[*i];
	}
	pthread_mutex_unlock(&st->mu);
	return got;
}

static void job_done(struct scan_state *st, size_t i, const struct job *j)
{
	pthread_mutex_lock(&st->mu);
	st->jobs[i] = *j;
	pthread_mutex_unlock(&st->mu);
}

static void *worker(void *arg)
{
	struct scan_state *st = arg;
	struct buf b = BUF_INIT;   /* the file being scanned, reused */
	struct job j;
	size_t i;

	while (job_take(st, &i, &j)) {
		run_job(st, &j, &b);
		job_done(st, i, &j);
	}
	buf_release(&b);
	return NULL;
}

/* Start the workers: they scan files as the walk finds them. */
static void start_workers(struct scan_state *st)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nt = ncpu > 0 ? (size_t)ncpu : 1;

	if (nt > ARRAY_LEN(st->tid) + 1)
		nt = ARRAY_LEN(st->tid) + 1;
	st->walking = 1;
	st->next_job = 0;
	for (size_t t = 1; t < nt; t++)   /* the main thread is one more */
		if (pthread_create(&st->tid[st->n_tid], NULL, worker, st) == 0)
			st->n_tid++;
}

/* No more jobs will come: the workers end when none is left. */
static void stop_workers(struct scan_state *st)
{
	pthread_mutex_lock(&st->mu);
	st->walking = 0;
	pthread_cond_broadcast(&st->more);
	pthread_mutex_unlock(&st->mu);
	for (size_t t = 0; t < st->n_tid; t++)
		pthread_join(st->tid[t], NULL);
	st->n_tid = 0;
}

/* The walk has ended: scan what is left, then move the results into
 * st->res in gathering order. */
static void run_jobs(struct scan_state *st)
{
	pthread_mutex_lock(&st->mu);
	st->walking = 0;
	pthread_cond_broadcast(&st->more);
	pthread_mutex_unlock(&st->mu);
	worker(st);
	stop_workers(st);
	for (size_t i = 0; i < st->n_jobs; i++) {
		struct job *j = &st->jobs[i];
		fputs(j->msg.s, stderr);
		st->input_errors += j->errors;
		st->n_files += (size_t)j->counted;
		for (size_t k = 0; k < ARRAY_LEN(j->res.not_listed); k++)
			st->res.not_listed[k] += j->res.not_listed[k];
		XGROW(st->res.v, st->res.alloc, st->res.n + j->res.n);
		if (j->res.n)
			memcpy(st->res.v + st->res.n, j->res.v, j->res.n * sizeof(*j->res.v));
		st->res.n += j->res.n;
		free(j->res.v);   /* the findings' strings moved to st->res */
		buf_release(&j->msg);
		free(j->path);
	}
	free(st->jobs);
	st->jobs = NULL;
	st->n_jobs = st->alloc_jobs = 0;
}

static int cmp_name(const void *a, const void *b)   /* past the type byte */
{
	return strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
}

/* rel is the path relative to the scan root, for --exclude. */
static void scan_dir(struct scan_state *st, const char *path, const char *rel)
{
	DIR *d = opendir(path);
	struct dirent *de;
	char **names = NULL;   /* each with its type (a DT_ byte) before it */
	size_t n = 0, alloc = 0;

	if (!d) {
		fprintf(stderr, "trilemma scan: cannot open %s: %s\n", path, strerror(errno));
		st->input_errors++;
		return;
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')   /* ., .., .git and other hidden entries */
			continue;
		size_t l = strlen(de->d_name);
		char *e = xmalloc(l + 2);
		e[0] = (char)de->d_type;
		memcpy(e + 1, de->d_name, l + 1);
		XGROW(names, alloc, n + 1);
		names[n++] = e;
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_name);
	for (size_t i = 0; i < n; i++) {
		struct buf p = BUF_INIT, r = BUF_INIT;
		struct stat sb;
		size_t pl = strlen(path);
		while (pl > 1 && path[pl - 1] == '/')
			pl--;
		const char *name = names[i] + 1;
		unsigned char type = (unsigned char)names[i][0];
		buf_addf(&p, "%.*s/%s", (int)pl, path, name);
		buf_addf(&r, "%s%s%s", rel, *rel ? "/" : "", name);
		/* The directory entry's type, else lstat(): symbolic links are
		 * not followed either way. */
		if (type == DT_UNKNOWN) {
			if (lstat(p.s, &sb))
				goto next;
			type = S_ISDIR(sb.st_mode) ? DT_DIR : S_ISREG(sb.st_mode) ? DT_REG : DT_LNK;
		}
		if (type == DT_DIR) {
			if (!excluded(st->o, r.s, 1))
				scan_dir(st, p.s, r.s);
		} else if (type == DT_REG && !excluded(st->o, r.s, 0)) {
			scan_file(st, p.s, 0);
		}
next:
		buf_release(&p);
		buf_release(&r);
		free(names[i]);
	}
	free(names);
}

static void scan_stdin(struct scan_state *st)
{
	struct buf b = BUF_INIT;
	if (buf_read_file(&b, "-", 0)) {
		fprintf(stderr, "trilemma scan: cannot read stdin: %s\n", strerror(errno));
		st->input_errors++;
	} else {
		int md = st->o->markdown ||
		         (!st->o->lang && (strstr(b.s, "```") || strstr(b.s, "~~~")));
		struct buf msg = BUF_INIT;
		st->n_files++;
		scan_text(st, "-", b.s, b.len, md, &st->res, &msg, &st->input_errors);
		fputs(msg.s, stderr);
		buf_release(&msg);
	}
	buf_release(&b);
}

static int parse_sev(const char *flag, const char *v, int allow_never, int *out)
{
	if (allow_never && !strcmp(v, "never")) {
		*out = 0;
		return 0;
	}
	enum scan_sev s = scan_sev_parse(v);
	if (!s) {
		fprintf(stderr, "trilemma scan: %s must be low, medium, high%s (got '%s')\n",
		        flag, allow_never ? " or never" : "", v);
		return -1;
	}
	*out = (int)s;
	return 0;
}

/* --cwe: "CWE-89", "89", or a comma-separated list of them. */
static int parse_cwes(const char *arg, struct scan_opts *o)
{
	char one[32];
	for (const char *p = arg; *p;) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		int id = 0;
		if (n > 0 && n < sizeof(one) - 4) {
			int pre = !strncasecmp(p, "CWE-", 4);
			snprintf(one, sizeof(one), "CWE-%.*s", (int)(pre ? n - 4 : n), pre ? p + 4 : p);
			id = cwe_id(one);
		}
		if (!id) {
			fprintf(stderr, "trilemma scan: --cwe takes CWE ids such as CWE-89 or 89, "
			        "separated by commas (got '%s')\n", arg);
			return -1;
		}
		XGROW(o->cwes, o->alloc_cwes, o->n_cwes + 1);
		o->cwes[o->n_cwes++] = id;
		p = c ? c + 1 : p + n;
	}
	return 0;
}

static const struct option scan_longopts[] = {
	{ "lang", required_argument, NULL, 'l' },
	{ "format", required_argument, NULL, 'f' },
	{ "fail-on", required_argument, NULL, 'F' },
	{ "severity", required_argument, NULL, 'S' },
	{ "cwe", required_argument, NULL, 'C' },
	{ "exclude", required_argument, NULL, 'x' },
	{ "markdown", no_argument, NULL, 'm' },
	{ "rules", required_argument, NULL, 'r' },
	{ "list-rules", no_argument, NULL, 'L' },
	{ "output", required_argument, NULL, 'o' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc scan_docs[] = {
	{ "lang", CMD_ARG_WORD, "c cpp python javascript typescript java go php csharp rust "
	  "kotlin swift ruby", "the language of stdin or of every file" },
	{ "format", CMD_ARG_WORD, "text json sarif github", "the report format" },
	{ "fail-on", CMD_ARG_WORD, "low medium high never", "exit 1 on a finding at or above" },
	{ "severity", CMD_ARG_WORD, "low medium high", "report findings at or above" },
	{ "cwe", CMD_ARG_TEXT, NULL, "only findings of these CWEs (CWE-89 or 89, a list)" },
	{ "exclude", CMD_ARG_TEXT, NULL, "skip paths matching a .gitignore-style pattern" },
	{ "markdown", CMD_ARG_NONE, NULL, "read inputs as Markdown (fenced code blocks)" },
	{ "rules", CMD_ARG_DIR, NULL, "load the rules from this directory" },
	{ "list-rules", CMD_ARG_NONE, NULL, "print the rules and scan nothing" },
	{ "output", CMD_ARG_FILE, NULL, "write the report there instead of stdout" },
	{ "quiet", CMD_ARG_NONE, NULL, "no summary line" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc scan_operands[] = {
	{ "PATH", CMD_ARG_FILE, NULL, "a file or directory to scan, or - for stdin" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_scan_options = { "l:f:o:qh", scan_longopts, scan_docs,
					      scan_operands };

static int parse_args(int argc, char **argv, struct scan_opts *o, const char **rules_dir,
                      const char **output)
{
	int c, v;

	optind = 1;
	while ((c = getopt_long(argc, argv, cmd_scan_options.shortopts, scan_longopts, NULL)) != -1) {
		switch (c) {
		case 'l':
			o->lang = scan_lang_canon(optarg);
			if (!o->lang) {
				fprintf(stderr, "trilemma scan: unknown language '%s' (known: c, "
				        "cpp, python, javascript, typescript, java, go, php, "
				        "csharp, rust, kotlin, swift, ruby)\n", optarg);
				return -1;
			}
			break;
		case 'f':
			if (!strcmp(optarg, "text"))
				o->fmt = FMT_TEXT;
			else if (!strcmp(optarg, "json"))
				o->fmt = FMT_JSON;
			else if (!strcmp(optarg, "sarif"))
				o->fmt = FMT_SARIF;
			else if (!strcmp(optarg, "github"))
				o->fmt = FMT_GITHUB;
			else {
				fprintf(stderr, "trilemma scan: --format must be text, json, sarif or "
				        "github (got '%s')\n", optarg);
				return -1;
			}
			break;
		case 'F':
			if (parse_sev("--fail-on", optarg, 1, &o->fail_on))
				return -1;
			break;
		case 'S':
			if (parse_sev("--severity", optarg, 0, &v))
				return -1;
			o->min_sev = (enum scan_sev)v;
			break;
		case 'C':
			if (parse_cwes(optarg, o))
				return -1;
			break;
		case 'x':
			XGROW(o->excl, o->alloc_excl, o->n_excl + 1);
			o->excl[o->n_excl++] = optarg;
			break;
		case 'm': o->markdown = 1; break;
		case 'r': *rules_dir = optarg; break;
		case 'L': o->list_rules = 1; break;
		case 'o': *output = optarg; break;
		case 'q': o->quiet = 1; break;
		case 'h':
			usage(stdout);
			return 1;
		default:
			usage(stderr);
			return -1;
		}
	}
	return 0;
}

/* Is the finding's CWE one of --cwe or under one of them? */
static int cwe_wanted(const struct scan_opts *o, const struct cwe_db *db, const char *cwe)
{
	if (o->n_cwes == 0)
		return 1;
	int id = cwe_id(cwe);
	for (size_t i = 0; i < o->n_cwes; i++)
		if (cwe_within(db, id, o->cwes[i]))
			return 1;
	return 0;
}

/* Drop findings below min_sev or outside --cwe (kept in order). */
static void filter(struct scan_result *res, const struct scan_opts *o, const struct cwe_db *db)
{
	size_t k = 0;
	enum scan_sev min_sev = o->min_sev;
	for (size_t i = 0; i < res->n; i++) {
		if (res->v[i].sev >= min_sev && cwe_wanted(o, db, res->v[i].cwe)) {
			res->v[k++] = res->v[i];
			continue;
		}
		/* a one-finding result of its own, to release just this one */
		struct scan_result one = { .v = xmalloc(sizeof(*res->v)), .n = 1, .alloc = 1 };
		one.v[0] = res->v[i];
		scan_result_release(&one);
	}
	res->n = k;
	for (int s = 0; s < 4; s++)   /* the CWEs of those not listed are unknown */
		if (s < (int)min_sev || o->n_cwes)
			res->not_listed[s] = 0;
}

int cmd_scan(int argc, char **argv)
{
	struct scan_opts o = { .fmt = FMT_TEXT, .fail_on = SCAN_LOW, .min_sev = SCAN_LOW };
	struct scan_rules *rules = NULL;
	struct scan_state st;
	struct tri_err err;
	struct buf out = BUF_INIT;
	const char *rules_dir = NULL, *output = NULL;
	int rc = TRI_USAGE;

	memset(&st, 0, sizeof(st));
	pthread_mutex_init(&st.mu, NULL);
	pthread_cond_init(&st.more, NULL);
	int a = parse_args(argc, argv, &o, &rules_dir, &output);
	if (a) {
		rc = a > 0 ? TRI_OK : TRI_USAGE;
		goto out;
	}
	st.o = &o;
	/* Start the workers first: a thread takes a while to get going (a
	 * virtual CPU that slept must wake up), the rules a while to load.
	 * They wait for the first file to scan, which comes after the rules. */
	if (optind < argc && !o.list_rules)
		start_workers(&st);
	if (scan_rules_load(&rules, rules_dir, &err)) {
		err_print("trilemma scan", &err);
		goto out;
	}
	if (o.list_rules) {
		if (o.fmt != FMT_TEXT && o.fmt != FMT_JSON) {
			fprintf(stderr, "trilemma scan: --list-rules prints text or json\n");
			goto out;
		}
		scan_rules_list(&out, rules, o.lang, o.fmt == FMT_JSON);
		if (buf_write_file(&out, output ? output : "-")) {
			fprintf(stderr, "trilemma scan: cannot write %s: %s\n",
			        output ? output : "stdout", strerror(errno));
			rc = TRI_RUNTIME;
			goto out;
		}
		rc = TRI_OK;
		goto out;
	}
	pthread_mutex_lock(&st.mu);
	st.rules = rules;
	pthread_mutex_unlock(&st.mu);
	for (size_t i = 0; i < o.n_cwes; i++)
		if (scan_rules_cwe(rules) && !cwe_name(scan_rules_cwe(rules), o.cwes[i])) {
			fprintf(stderr, "trilemma scan: CWE-%d is not a weakness of the CWE list "
			        "(version %s, the Research Concepts view); give one of its parent or "
			        "child weaknesses\n", o.cwes[i], cwe_db_version(scan_rules_cwe(rules)));
			goto out;
		}
	if (optind >= argc && isatty(0)) {
		fprintf(stderr, "trilemma scan: give a PATH, or '-' to read stdin\n");
		usage(stderr);
		goto out;
	}
	if (optind >= argc)
		scan_stdin(&st);
	for (int i = optind; i < argc; i++) {
		struct stat sb;
		const char *p = argv[i];
		if (!strcmp(p, "-")) {
			scan_stdin(&st);
		} else if (stat(p, &sb)) {
			fprintf(stderr, "trilemma scan: %s: %s\n", p, strerror(errno));
			st.input_errors++;
		} else if (S_ISDIR(sb.st_mode)) {
			scan_dir(&st, p, "");
		} else if (S_ISREG(sb.st_mode)) {
			scan_file(&st, p, 1);
		} else {
			/* a FIFO or a device would block or never end: not source code */
			struct buf e = BUF_INIT;
			buf_add_escaped(&e, p, strlen(p), 0);
			fprintf(stderr, "trilemma scan: %s: not a regular file (a FIFO, socket or "
				"device), skipped\n", e.s);
			buf_release(&e);
		}
	}
	run_jobs(&st);
	/* the CWE list only when something needs it (loading it costs) */
	filter(&st.res, &o, o.n_cwes ? scan_rules_cwe(rules) : NULL);
	scan_result_sort(&st.res);

	int w;
	if (o.fmt == FMT_JSON)
		w = scan_format_json(&out, &st.res, st.n_files, scan_rules_cwe(rules));
	else if (o.fmt == FMT_SARIF)
		w = scan_format_sarif(&out, &st.res, scan_rules_cwe(rules));
	else if (o.fmt == FMT_GITHUB)
		w = scan_format_github(&out, &st.res);
	else
		w = scan_format_text(&out, &st.res);
	if (w) {
		fprintf(stderr, "trilemma scan: the report is too large to build\n");
		rc = TRI_RUNTIME;
		goto out;
	}
	if (buf_write_file(&out, output ? output : "-")) {
		fprintf(stderr, "trilemma scan: cannot write %s: %s\n",
		        output ? output : "stdout", strerror(errno));
		rc = TRI_RUNTIME;
		goto out;
	}

	size_t by[4] = { 0, 0, 0, 0 }, hidden = 0;
	int gate = 0;
	for (size_t i = 0; i < st.res.n; i++)
		by[st.res.v[i].sev]++;
	for (int s = SCAN_LOW; s <= SCAN_HIGH; s++) {
		by[s] += st.res.not_listed[s];
		hidden += st.res.not_listed[s];
		if (o.fail_on && s >= o.fail_on && by[s])
			gate = 1;
	}
	size_t total = by[SCAN_LOW] + by[SCAN_MEDIUM] + by[SCAN_HIGH];
	if (!o.quiet)
		fprintf(stderr, "%zu finding%s (%zu high, %zu medium, %zu low) in %zu file%s\n",
		        total, total == 1 ? "" : "s", by[SCAN_HIGH], by[SCAN_MEDIUM],
		        by[SCAN_LOW], st.n_files, st.n_files == 1 ? "" : "s");
	if (hidden)
		fprintf(stderr, "trilemma scan: %zu finding%s not listed: at most %d are listed per "
			"file\n", hidden, hidden == 1 ? "" : "s", SCAN_MAX_PER_FILE);
	rc = st.input_errors ? TRI_USAGE : gate ? TRI_GATE : TRI_OK;
out:
	stop_workers(&st);
	pthread_cond_destroy(&st.more);
	pthread_mutex_destroy(&st.mu);
	scan_result_release(&st.res);
	scan_rules_free(rules);
	buf_release(&out);
	free(o.excl);
	free(o.cwes);
	return rc;
}
