/* cmd_models.c -- trilemma models: the model catalogue (data/models.yaml).
 * Read-only; never opens the store. */
#include <getopt.h>
#include <math.h>
#include "util.h"
#include "buf.h"
#include "catalogue.h"
#include "cmd.h"
#include "report.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma models [FILTER] [--provider P] [--json]\n\n"
		"List the model catalogue: parameters (total/active), context length and\n"
		"list price in USD per million input/output tokens, with the date the\n"
		"figure shown was read; --json adds the served names and the date and\n"
		"source of every figure. FILTER keeps the models whose id, family or a\n"
		"name contains it (without case); --provider P keeps those P serves and\n"
		"shows P's prices (ollama, llamacpp, vllm and compat: sizes only, they run on\n"
		"your own hardware). A model given to run with --model, or in a config\n"
		"without size: or price:, takes them from here.\n\n"
		"  --provider P   openai, openrouter, anthropic, ollama, llamacpp, vllm, compat\n"
		"  --json         one JSON array on stdout\n\n"
		"The catalogue: %s\n"
		"($TRILEMMA_CATALOGUE, else data/models.yaml of the data directory)\n",
		catalogue_path());
}

static const char *const providers[] = {
	"openai", "openrouter", "anthropic", "ollama", "llamacpp", "vllm", "compat",
};

static json_t *num(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *entry_json(const struct cat_entry *e)
{
	json_t *aliases = json_array(), *prices = json_object();
	for (size_t i = 0; i < e->n_aliases; i++)
		json_array_append_new(aliases, json_string(e->aliases[i]));
	for (size_t i = 0; i < e->n_prices; i++) {
		const struct cat_price *p = &e->prices[i];
		json_object_set_new(prices, p->provider, json_pack("{s:o,s:o,s:o,s:o,s:s,s:s}",
			"input", num(p->in), "output", num(p->out), "batch_input", num(p->batch_in),
			"batch_output", num(p->batch_out), "date", p->date, "source", p->source));
	}
	json_t *o = json_pack("{s:s,s:s,s:O,s:o,s:{s:o,s:o},s:o,s:s,s:s,s:o}",
		"id", e->id, "family", e->family, "names", e->names, "aliases", aliases,
		"size", "total", num(e->total), "active", num(e->active),
		"context", isnan(e->context) ? json_null() : json_integer((json_int_t)e->context),
		"date", e->date, "source", e->source, "prices", prices);
	if (e->note)
		json_object_set_new(o, "note", json_string(e->note));
	return o;
}

/* 8.03e9 -> "8.03B"; NAN -> "?" */
static void fmt_params(struct buf *b, double v)
{
	if (isnan(v))
		buf_adds(b, "?");
	else
		buf_addf(b, "%.3gB", v / 1e9);
}

/* 131072 -> "128K", 128000 -> "128K", 1048576 -> "1M", 1047576 -> "1.05M" */
static void fmt_context(struct buf *b, double v)
{
	if (isnan(v)) {
		buf_adds(b, "?");
		return;
	}
	/* 128000 is 128K as written, 131072 is 128K in binary units */
	double k = fmod(v, 1000) != 0 && fmod(v, 1024) == 0 ? v / 1024 : v / 1000;
	if (k < 1000)
		buf_addf(b, "%.3gK", k);
	else
		buf_addf(b, "%.3gM", fmod(k, 1000) != 0 && fmod(k, 1024) == 0 ? k / 1024 : k / 1000);
}

/* The price shown for e: the provider's, else the first one listed. */
static const struct cat_price *shown_price(const struct cat_entry *e, const char *provider)
{
	if (provider && catalogue_local(provider))
		return NULL;
	for (size_t i = 0; i < e->n_prices; i++)
		if (!provider || !strcmp(e->prices[i].provider, provider))
			return &e->prices[i];
	return NULL;
}

static int served_by(const struct cat_entry *e, const char *provider)
{
	const char *key = !strcmp(provider, "vllm") || !strcmp(provider, "llamacpp") ||
			  !strcmp(provider, "compat") ? "hf" : provider;
	return json_array_size(json_object_get(e->names, key)) > 0;
}

static void table_line(struct buf *out, const struct cat_entry *e, const char *provider,
		       size_t width)
{
	struct buf params = BUF_INIT, ctx = BUF_INIT, price = BUF_INIT, line = BUF_INIT;
	fmt_params(&params, e->total);
	if (!isnan(e->active) && e->active != e->total) {
		buf_addc(&params, '/');
		fmt_params(&params, e->active);
	}
	fmt_context(&ctx, e->context);
	const struct cat_price *p = shown_price(e, provider);
	const char *date = e->date;
	if (p) {
		buf_addf(&price, "%g/%g %s", p->in, p->out, p->provider);
		date = p->date;   /* the newer figure of the line */
	} else {
		buf_adds(&price, "-");
	}
	buf_addf(&line, "%-25s %-10s %7s  %-21s %s", e->id, params.s, ctx.s, price.s, date);
	struct buf esc = BUF_INIT;
	buf_add_escaped(&esc, line.s, line.len, 0);
	buf_fit(&esc, width);
	buf_add(out, esc.s, esc.len);
	buf_addc(out, '\n');
	buf_release(&esc);
	buf_release(&line);
	buf_release(&params);
	buf_release(&ctx);
	buf_release(&price);
}

static const struct option models_longopts[] = {
	{ "provider", required_argument, NULL, 'p' }, { "json", no_argument, NULL, 'j' },
	{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc models_docs[] = {
	{ "provider", CMD_ARG_WORD, CMD_PROVIDERS, "only the models this provider serves" },
	{ "json", CMD_ARG_NONE, NULL, "one JSON array with every source" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc models_operands[] = {
	{ "FILTER", CMD_ARG_TEXT, NULL, "part of a model's id, family or name" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_models_options = { "h", models_longopts, models_docs,
						models_operands };

int cmd_models(int argc, char **argv)
{
	const char *provider = NULL, *filter = NULL;
	int opt, json = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_models_options.shortopts, models_longopts, NULL)) != -1) {
		switch (opt) {
		case 'p': provider = optarg; break;
		case 'j': json = 1; break;
		case 'h': usage(stdout); return TRI_OK;
		default: usage(stderr); return TRI_USAGE;
		}
	}
	if (optind < argc)
		filter = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "trilemma models: one FILTER at most ('%s' is one too many)\n",
			argv[optind]);
		return TRI_USAGE;
	}
	if (provider) {
		size_t i;
		for (i = 0; i < ARRAY_LEN(providers) && strcmp(provider, providers[i]); i++)
			;
		if (i == ARRAY_LEN(providers)) {
			fprintf(stderr, "trilemma models: --provider '%s' is not a provider (openai, "
				"openrouter, anthropic, ollama, llamacpp, vllm, compat)\n", provider);
			return TRI_USAGE;
		}
	}
	struct tri_err err = { 0 };
	const struct catalogue *cat = catalogue_get(&err);
	if (!cat) {
		err_print("trilemma models", &err);
		return err.code ? err.code : TRI_USAGE;
	}
	json_t *arr = json_array();
	struct buf out = BUF_INIT;
	size_t width = (size_t)report_columns(1), shown = 0;
	if (!json) {
		buf_addf(&out, "%-25s %-10s %7s  %-21s %s\n", "model", "params", "context",
			 "price in/out $/M", "read");
	}
	for (size_t i = 0; i < cat->n; i++) {
		const struct cat_entry *e = &cat->v[i];
		if ((filter && !catalogue_entry_matches(e, filter)) ||
		    (provider && !served_by(e, provider)))
			continue;
		shown++;
		if (json)
			json_array_append_new(arr, entry_json(e));
		else
			table_line(&out, e, provider, width);
	}
	int rc = TRI_OK;
	if (json) {
		char *s = json_dumps(arr, JSON_INDENT(2) | JSON_REAL_PRECISION(12));
		if (!s || fputs(s, stdout) == EOF || putchar('\n') == EOF)
			rc = TRI_RUNTIME;
		free(s);
	} else {
		buf_addf(&out, "%zu of %zu models (params total/active; ? not published; "
			 "sources: --json)\n", shown, cat->n);
		if (fwrite(out.s, 1, out.len, stdout) != out.len)
			rc = TRI_RUNTIME;
	}
	if (fflush(stdout) != 0)
		rc = TRI_RUNTIME;
	if (rc != TRI_OK)
		fprintf(stderr, "trilemma models: cannot write the list\n");
	json_decref(arr);
	buf_release(&out);
	return rc;
}
