/* cmd_suites.c -- trilemma suites list | show NAME | export NAME. */
#include <getopt.h>
#include "util.h"
#include "buf.h"
#include "report.h"
#include "cmd.h"
#include "suite.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma suites list\n"
		"       trilemma suites show NAME|DIR|FILE.jsonl [-n N]\n"
		"       trilemma suites export NAME|DIR|FILE.jsonl\n\n"
		"list    every built-in suite: axis, items, domains, source versions\n"
		"show    a suite's description, categories, difficulty histogram, families and\n"
		"        strategies (security suites) and N sample items (default 3)\n"
		"export  the items as JSONL on stdout (the format of docs/suite-format.md)\n");
}

static void put_escaped(const char *s)
{
	struct buf b = BUF_INIT;
	buf_add_escaped(&b, s, strlen(s), 1);
	fputs(b.s, stdout);
	buf_release(&b);
}

/* "a, b, c" from a JSON array of strings (or of {package, version}). */
static void join_list(struct buf *b, const json_t *a, size_t max)
{
	size_t i;
	json_t *v;
	json_array_foreach(a, i, v) {
		if (i == max) {
			buf_addf(b, ", ... (%zu)", json_array_size(a));
			break;
		}
		if (i)
			buf_adds(b, ", ");
		if (json_is_string(v))
			buf_adds(b, json_string_value(v));
		else if (json_is_object(v))
			buf_addf(b, "%s %s", json_string_value(json_object_get(v, "package")) ?: "?",
				 json_string_value(json_object_get(v, "version")) ?: "?");
	}
}

static int list(void)
{
	char **names;
	size_t n;
	struct tri_err err = { 0 };
	if (suite_builtin_names(&names, &n, &err) < 0) {
		err_print("trilemma suites", &err);
		return TRI_RUNTIME;
	}
	printf("%-14s %-12s %6s  %s\n", "suite", "axis", "items", "domains / sources");
	int rc = TRI_OK;
	for (size_t i = 0; i < n; i++) {
		struct suite s;
		/* the built-in one, whatever the current directory holds */
		struct buf path = BUF_INIT;
		buf_addf(&path, "%s/suites/%s", tri_home(), names[i]);
		int r = suite_load(&s, path.s, &err);
		buf_release(&path);
		if (r < 0) {
			err_print("trilemma suites", &err);
			rc = TRI_USAGE;
			free(names[i]);
			continue;
		}
		struct buf b = BUF_INIT;
		join_list(&b, json_object_get(s.meta, "domains"), 6);
		if (json_array_size(json_object_get(s.meta, "sources"))) {
			buf_adds(&b, b.len ? "; " : "");
			join_list(&b, json_object_get(s.meta, "sources"), 4);
		}
		struct buf line = BUF_INIT;
		buf_addf(&line, "%-14s %-12s %6zu  %s", s.name, s.axis, s.n_items, b.s);
		buf_fit(&line, (size_t)report_columns(1));
		put_escaped(line.s);
		putchar('\n');
		buf_release(&line);
		buf_release(&b);
		suite_release(&s);
		free(names[i]);
	}
	free(names);
	return rc;
}

/* Count items per value of a string field (category, meta.KEY). */
static void histogram(const struct suite *s, const char *title, const char *meta_key)
{
	json_t *counts = json_object();
	for (size_t i = 0; i < s->n_items; i++) {
		const json_t *o = s->items[i].json;
		const char *v = meta_key ? json_string_value(json_object_get(json_object_get(o, "meta"), meta_key))
					 : s->items[i].category;
		if (!v)
			continue;
		json_t *c = json_object_get(counts, v);
		json_object_set_new(counts, v, json_integer(c ? json_integer_value(c) + 1 : 1));
	}
	if (json_object_size(counts)) {
		const char *k;
		json_t *v;
		struct buf b = BUF_INIT;
		json_object_foreach(counts, k, v)
			buf_addf(&b, "  %-40s %6lld\n", k, (long long)json_integer_value(v));
		printf("%s:\n", title);
		put_escaped(b.s);
		buf_release(&b);
	}
	json_decref(counts);
}

static int show(const char *name, long n_samples)
{
	struct suite s;
	struct tri_err err = { 0 };
	if (suite_load(&s, name, &err) < 0) {
		err_print("trilemma suites", &err);
		return err.code ? err.code : TRI_USAGE;
	}
	/* every field can come from someone else's suite: escaped */
	struct buf head = BUF_INIT;
	buf_addf(&head, "suite:   %s (version %s)\naxis:    %s\nitems:   %zu\nsource:  %s\ngrader:  ",
		 s.name, s.version ? s.version : "-", s.axis, s.n_items, s.path);
	buf_add_json(&head, s.grader, JSON_COMPACT);
	put_escaped(head.s);
	putchar('\n');
	buf_release(&head);
	if (s.description) {
		fputs("about:   ", stdout);
		put_escaped(s.description);
		putchar('\n');
	}
	struct buf b = BUF_INIT;
	join_list(&b, json_object_get(s.meta, "sources"), 20);
	if (b.len) {
		fputs("sources: ", stdout);
		put_escaped(b.s);
		putchar('\n');
	}
	buf_release(&b);
	long hist[6] = { 0 };
	for (size_t i = 0; i < s.n_items; i++)
		hist[s.items[i].difficulty]++;
	if (hist[0] < (long)s.n_items) {
		printf("difficulty (1 = most known):\n");
		for (int d = 1; d <= 5; d++)
			printf("  %d %6ld\n", d, hist[d]);
	}
	histogram(&s, "categories", NULL);
	histogram(&s, "families", "family");
	histogram(&s, "strategies", "strategy");
	histogram(&s, "OWASP LLM categories", "owasp_llm");
	histogram(&s, "languages", "lang");
	if ((size_t)n_samples > s.n_items)
		n_samples = (long)s.n_items;   /* each item once */
	if (n_samples > 0)
		printf("sample items:\n");
	for (long k = 0; k < n_samples; k++) {
		size_t i = (size_t)k * s.n_items / (size_t)n_samples;
		char *j = json_dumps(s.items[i].json, JSON_COMPACT | JSON_ENSURE_ASCII);
		printf("  ");
		put_escaped(j ? j : "?");
		putchar('\n');
		free(j);
	}
	suite_release(&s);
	return TRI_OK;
}

static int export_suite(const char *name)
{
	struct suite s;
	struct tri_err err = { 0 };
	if (suite_load(&s, name, &err) < 0) {
		err_print("trilemma suites", &err);
		return err.code ? err.code : TRI_USAGE;
	}
	for (size_t i = 0; i < s.n_items; i++) {
		/* ASCII-escaped JSON: safe on a terminal, exact for a file */
		char *j = json_dumps(s.items[i].json, JSON_COMPACT | JSON_ENSURE_ASCII);
		if (j)
			puts(j);
		free(j);
	}
	suite_release(&s);
	return TRI_OK;
}

static const struct option suites_longopts[] = {
	{ "help", no_argument, NULL, 'h' }, { "samples", required_argument, NULL, 'n' },
	{ NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc suites_docs[] = {
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ "samples", CMD_ARG_NUMBER, NULL, "sample items that show prints (default 3)" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc suites_operands[] = {
	{ "ACTION", CMD_ARG_WORD, "list show export", "list, show or export" },
	{ "SUITE", CMD_ARG_SUITE, NULL, "a built-in suite, suite directory or .jsonl file" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_suites_options = { "hn:", suites_longopts, suites_docs,
						suites_operands };

int cmd_suites(int argc, char **argv)
{
	long n_samples = 3;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_suites_options.shortopts, suites_longopts, NULL)) != -1) {
		switch (opt) {
		case 'h': usage(stdout); return TRI_OK;
		case 'n':
			if (parse_long(optarg, &n_samples) < 0 || n_samples < 0 || n_samples > 1000) {
				fprintf(stderr, "trilemma suites: -n takes a whole number from 0 to 1000\n");
				return TRI_USAGE;
			}
			break;
		default: usage(stderr); return TRI_USAGE;
		}
	}
	const char *sub = optind < argc ? argv[optind] : "list";
	const char *arg = optind + 1 < argc ? argv[optind + 1] : NULL;
	if (!strcmp(sub, "list"))
		return list();
	if ((!strcmp(sub, "show") || !strcmp(sub, "export")) && arg)
		return !strcmp(sub, "show") ? show(arg, n_samples) : export_suite(arg);
	usage(stderr);
	return TRI_USAGE;
}
