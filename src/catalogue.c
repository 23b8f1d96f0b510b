/* catalogue.c -- the model catalogue (see catalogue.h). */
#include <ctype.h>
#include <math.h>
#include <strings.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "catalogue.h"
#include "yaml.h"

const char *const catalogue_name_keys[] = {
	"openai", "openrouter", "anthropic", "ollama", "hf",
};
const size_t catalogue_n_name_keys = ARRAY_LEN(catalogue_name_keys);

/* The providers a list price can be given for: the hosted ones. */
static const char *const price_keys[] = { "openai", "openrouter", "anthropic" };

int catalogue_local(const char *provider)
{
	static const char *const local[] = { "ollama", "llamacpp", "vllm", "compat" };
	for (size_t i = 0; provider && i < ARRAY_LEN(local); i++)
		if (!strcmp(provider, local[i]))
			return 1;
	return 0;
}

static void entry_release(struct cat_entry *e)
{
	free(e->id);
	free(e->family);
	for (size_t i = 0; i < e->n_aliases; i++)
		free(e->aliases[i]);
	free(e->aliases);
	json_decref(e->names);
	free(e->date);
	free(e->source);
	free(e->note);
	for (size_t i = 0; i < e->n_prices; i++) {
		free(e->prices[i].provider);
		free(e->prices[i].date);
		free(e->prices[i].source);
	}
	free(e->prices);
}

void catalogue_release(struct catalogue *cat)
{
	if (!cat)
		return;
	for (size_t i = 0; i < cat->n; i++)
		entry_release(&cat->v[i]);
	free(cat->v);
	free(cat->path);
	memset(cat, 0, sizeof(*cat));
}

/* ---- checks over the YAML tree, errors at the member ------------------ */

static int get_str(const struct yaml_doc *d, const json_t *o, const char *key, int required,
		   char **out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v)) {
		if (required)
			return yaml_err(d, o, err, "'%s' is required here", key);
		return 0;
	}
	if (!json_is_string(v) || !json_string_length(v))
		return yaml_member_err(d, o, key, err, "'%s' must be a non-empty string", key);
	*out = xstrdup(json_string_value(v));
	return 0;
}

/* A number in [min, max], or null (NAN); absent is NAN unless required. */
static int get_num(const struct yaml_doc *d, const json_t *o, const char *key, double min,
		   double max, int required, double *out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	*out = NAN;
	if (!v && required)
		return yaml_err(d, o, err, "'%s' is required here (a number; null when not "
				"published)", key);
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_number(v) || !(json_number_value(v) >= min && json_number_value(v) <= max))
		return yaml_member_err(d, o, key, err, "'%s' must be a number from %g to %g, or null",
				       key, min, max);
	*out = json_number_value(v);
	return 0;
}

/* A date as YYYY-MM or YYYY-MM-DD. */
static int get_date(const struct yaml_doc *d, const json_t *o, char **out, struct tri_err *err)
{
	if (get_str(d, o, "date", 1, out, err) < 0)
		return -1;
	const char *s = *out;
	size_t n = strlen(s);
	int ok = (n == 7 || n == 10) && s[4] == '-';
	for (size_t i = 0; ok && i < n; i++)
		ok = i == 4 || i == 7 ? s[i] == '-' : isdigit((unsigned char)s[i]) != 0;
	if (ok) {
		int month = (s[5] - '0') * 10 + (s[6] - '0');
		int day = n == 10 ? (s[8] - '0') * 10 + (s[9] - '0') : 1;
		ok = month >= 1 && month <= 12 && day >= 1 && day <= 31;
	}
	if (!ok)
		return yaml_member_err(d, o, "date", err, "'date' must be YYYY-MM-DD or YYYY-MM (when "
				       "the figure was read), not '%s'", s);
	return 0;
}

static int get_source(const struct yaml_doc *d, const json_t *o, char **out, struct tri_err *err)
{
	if (get_str(d, o, "source", 1, out, err) < 0)
		return -1;
	if (strncmp(*out, "https://", 8) && strncmp(*out, "http://", 7))
		return yaml_member_err(d, o, "source", err, "'source' must be the URL the figure was "
				       "read from (https://...)");
	return 0;
}

static int in_list(const char *s, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, v[i]))
			return 1;
	return 0;
}

/* names: {PROVIDER: NAME or [NAME...]}, kept as lists. */
static int load_names(struct cat_entry *e, const struct yaml_doc *d, const json_t *o,
		      struct tri_err *err)
{
	json_t *names = json_object_get(o, "names");
	e->names = json_object();
	if (!names)
		return 0;
	if (!json_is_object(names))
		return yaml_member_err(d, o, "names", err, "'names' must be a mapping {PROVIDER: NAME "
				       "or [NAME, ...]} of the names each provider serves it under");
	if (yaml_check_keys(d, names, "names", catalogue_name_keys, catalogue_n_name_keys, err) < 0)
		return -1;
	const char *k;
	json_t *v;
	json_object_foreach(names, k, v) {
		json_t *list = json_array();
		json_object_set_new(e->names, k, list);
		if (json_is_string(v) && json_string_length(v)) {
			json_array_append(list, v);
			continue;
		}
		size_t i;
		json_t *s;
		if (!json_is_array(v) || !json_array_size(v))
			return yaml_member_err(d, names, k, err, "'%s' must be a name or a list of names", k);
		json_array_foreach(v, i, s) {
			if (!json_is_string(s) || !json_string_length(s))
				return yaml_err(d, s, err, "'%s' must be a list of non-empty names", k);
			json_array_append(list, s);
		}
	}
	return 0;
}

static int load_aliases(struct cat_entry *e, const struct yaml_doc *d, const json_t *o,
			struct tri_err *err)
{
	json_t *a = json_object_get(o, "aliases");
	size_t i;
	json_t *s;
	if (!a)
		return 0;
	if (!json_is_array(a))
		return yaml_member_err(d, o, "aliases", err, "'aliases' must be a list of names");
	json_array_foreach(a, i, s) {
		if (!json_is_string(s) || !json_string_length(s))
			return yaml_err(d, s, err, "'aliases' must be a list of non-empty names");
		e->aliases = xreallocarray(e->aliases, e->n_aliases + 1, sizeof(*e->aliases));
		e->aliases[e->n_aliases++] = xstrdup(json_string_value(s));
	}
	return 0;
}

static int load_prices(struct cat_entry *e, const struct yaml_doc *d, const json_t *o,
		       struct tri_err *err)
{
	static const char *const keys[] = {
		"input", "output", "batch_input", "batch_output", "date", "source", "note",
	};
	json_t *prices = json_object_get(o, "prices");
	if (!prices)
		return 0;
	if (!json_is_object(prices))
		return yaml_member_err(d, o, "prices", err, "'prices' must be a mapping {PROVIDER: "
				       "{input, output, date, source}}");
	const char *k;
	json_t *p;
	json_object_foreach(prices, k, p) {
		if (!in_list(k, price_keys, ARRAY_LEN(price_keys)))
			return yaml_member_err(d, prices, k, err, "no list price for '%s': prices are "
					       "for the hosted providers (openai, openrouter, anthropic); "
					       "a local one runs on your own hardware", k);
		if (!json_is_object(p))
			return yaml_member_err(d, prices, k, err, "'%s' must be a mapping {input, output, "
					       "date, source}", k);
		if (yaml_check_keys(d, p, "a price", keys, ARRAY_LEN(keys), err) < 0)
			return -1;
		e->prices = xreallocarray(e->prices, e->n_prices + 1, sizeof(*e->prices));
		struct cat_price *cp = &e->prices[e->n_prices++];
		memset(cp, 0, sizeof(*cp));
		cp->provider = xstrdup(k);
		if (get_num(d, p, "input", 0, 1e6, 1, &cp->in, err) < 0 ||
		    get_num(d, p, "output", 0, 1e6, 1, &cp->out, err) < 0 ||
		    get_num(d, p, "batch_input", 0, 1e6, 0, &cp->batch_in, err) < 0 ||
		    get_num(d, p, "batch_output", 0, 1e6, 0, &cp->batch_out, err) < 0 ||
		    get_date(d, p, &cp->date, err) < 0 || get_source(d, p, &cp->source, err) < 0)
			return -1;
		if (isnan(cp->in) || isnan(cp->out))
			return yaml_err(d, p, err, "a price needs both 'input' and 'output' (USD per "
					"million tokens)");
		if (isnan(cp->batch_in) != isnan(cp->batch_out))
			return yaml_err(d, p, err, "give both 'batch_input' and 'batch_output', or "
					"neither (then the batch price is half the list price)");
		json_t *note = json_object_get(p, "note");
		if (note && !json_is_string(note))
			return yaml_member_err(d, p, "note", err, "'note' must be a string");
	}
	return 0;
}

static int load_entry(struct cat_entry *e, const struct yaml_doc *d, const json_t *o,
		      struct tri_err *err)
{
	static const char *const keys[] = {
		"id", "family", "names", "aliases", "size", "context", "date", "source", "note",
		"prices",
	};
	if (!json_is_object(o))
		return yaml_err(d, o, err, "each model must be a mapping with at least 'id'");
	if (yaml_check_keys(d, o, "a catalogue model", keys, ARRAY_LEN(keys), err) < 0 ||
	    get_str(d, o, "id", 1, &e->id, err) < 0 || get_str(d, o, "family", 1, &e->family, err) < 0 ||
	    get_str(d, o, "note", 0, &e->note, err) < 0 ||
	    load_names(e, d, o, err) < 0 || load_aliases(e, d, o, err) < 0)
		return -1;
	json_t *size = json_object_get(o, "size");
	if (!json_is_object(size))
		return yaml_err(d, size ? size : o, err, "'size: {total: N, active: N}' is required "
				"(parameters; null where not published)");
	static const char *const size_keys[] = { "total", "active" };
	if (yaml_check_keys(d, size, "size", size_keys, 2, err) < 0 ||
	    get_num(d, size, "total", 1e6, 1e16, 1, &e->total, err) < 0 ||
	    get_num(d, size, "active", 1e6, 1e16, 1, &e->active, err) < 0)
		return -1;
	if (isnan(e->total) && !isnan(e->active))
		return yaml_member_err(d, size, "active", err, "'active' without 'total'");
	if (e->active > e->total)
		return yaml_member_err(d, size, "active", err, "'active' (%g) cannot exceed 'total' "
				       "(%g)", e->active, e->total);
	if (get_num(d, o, "context", 1, 1e9, 1, &e->context, err) < 0)
		return -1;
	if (!isnan(e->context) && e->context != floor(e->context))
		return yaml_member_err(d, o, "context", err, "'context' must be a whole number of tokens");
	if (get_date(d, o, &e->date, err) < 0 || get_source(d, o, &e->source, err) < 0 ||
	    load_prices(e, d, o, err) < 0)
		return -1;
	return 0;
}

/* No two models may share an id, or a served name at one provider. */
static int check_unique(const struct catalogue *cat, const struct yaml_doc *d,
			const json_t *models, struct tri_err *err)
{
	for (size_t i = 0; i < cat->n; i++) {
		const json_t *oi = json_array_get(models, i);
		for (size_t j = 0; j < i; j++) {
			const struct cat_entry *a = &cat->v[i], *b = &cat->v[j];
			if (!strcasecmp(a->id, b->id))
				return yaml_member_err(d, oi, "id", err, "the id '%s' is used twice", a->id);
			const char *k;
			json_t *la;
			json_object_foreach(a->names, k, la) {
				json_t *lb = json_object_get(b->names, k);
				size_t x, y;
				json_t *na, *nb;
				json_array_foreach(la, x, na)
					json_array_foreach(lb, y, nb)
						if (!strcmp(json_string_value(na), json_string_value(nb)))
							return yaml_member_err(d, oi, "names", err,
								"%s name '%s' is given to both '%s' and '%s'",
								k, json_string_value(na), b->id, a->id);
			}
		}
	}
	return 0;
}

int catalogue_from_yaml(struct catalogue *cat, const struct yaml_doc *d, struct tri_err *err)
{
	static const char *const top[] = { "models" };
	json_t *models = json_object_get(d->root, "models");
	size_t i;
	json_t *o;
	memset(cat, 0, sizeof(*cat));
	if (!json_is_object(d->root))
		return yaml_err(d, d->root, err, "the model catalogue must be a mapping (models: [...])");
	if (yaml_check_keys(d, d->root, "the model catalogue", top, 1, err) < 0)
		return -1;
	if (!json_is_array(models))
		return yaml_err(d, models ? models : d->root, err, "the catalogue needs 'models:', a list");
	cat->path = xstrdup(d->path);
	json_array_foreach(models, i, o) {
		XGROW(cat->v, cat->alloc, cat->n + 1);
		struct cat_entry *e = &cat->v[cat->n++];
		memset(e, 0, sizeof(*e));
		e->total = e->active = e->context = NAN;
		if (load_entry(e, d, o, err) < 0)
			goto fail;
	}
	if (check_unique(cat, d, models, err) < 0)
		goto fail;
	return 0;
fail:
	catalogue_release(cat);
	return -1;
}

int catalogue_load(struct catalogue *cat, const char *path, struct tri_err *err)
{
	struct yaml_doc d;
	memset(cat, 0, sizeof(*cat));
	int ret = yaml_load_mapping(&d, path, "the model catalogue (models: [...])", err);
	if (ret == 0)
		ret = catalogue_from_yaml(cat, &d, err);
	yaml_doc_release(&d);
	return ret;
}

/* ---- the process's catalogue ------------------------------------------ */

static struct catalogue the_cat;
static int the_cat_loaded;

const char *catalogue_path(void)
{
	static char path[4096];
	const char *env = getenv("TRILEMMA_CATALOGUE");
	if (env && *env)
		return env;
	snprintf(path, sizeof(path), "%s/data/models.yaml", tri_home());
	return path;
}

const struct catalogue *catalogue_get(struct tri_err *err)
{
	if (the_cat_loaded)
		return &the_cat;
	const char *path = catalogue_path();
	if (catalogue_load(&the_cat, path, err) < 0) {
		if (access(path, R_OK) != 0)
			err_prefix(err, "the model catalogue (set TRILEMMA_HOME to the directory that "
				   "holds data/, or TRILEMMA_CATALOGUE to the file)");
		return NULL;
	}
	the_cat_loaded = 1;
	return &the_cat;
}

void catalogue_cleanup(void)
{
	if (the_cat_loaded)
		catalogue_release(&the_cat);
	the_cat_loaded = 0;
}

/* ---- lookup ------------------------------------------------------------ */

/* The names key a provider's served names are under. */
static const char *names_key(const char *provider)
{
	if (!strcmp(provider, "vllm") || !strcmp(provider, "llamacpp") || !strcmp(provider, "compat"))
		return "hf";
	return provider;
}

static int list_has(const json_t *list, const char *name, int nocase)
{
	size_t i;
	json_t *s;
	json_array_foreach(list, i, s)
		if (nocase ? !strcasecmp(json_string_value(s), name)
			   : !strcmp(json_string_value(s), name))
			return 1;
	return 0;
}

static int neutral_match(const struct cat_entry *e, const char *name)
{
	if (!strcasecmp(e->id, name) || list_has(json_object_get(e->names, "hf"), name, 1))
		return 1;
	for (size_t i = 0; i < e->n_aliases; i++)
		if (!strcasecmp(e->aliases[i], name))
			return 1;
	return 0;
}

int catalogue_lookup(const struct catalogue *cat, const char *provider, const char *name,
		     struct cat_match *out)
{
	const struct cat_entry *e = NULL;
	const char *key = names_key(provider);
	for (size_t i = 0; i < cat->n && !e; i++)
		if (list_has(json_object_get(cat->v[i].names, key), name, 0))
			e = &cat->v[i];
	for (size_t i = 0; i < cat->n && !e; i++)
		if (neutral_match(&cat->v[i], name))
			e = &cat->v[i];
	if (!e)
		return 0;
	memset(out, 0, sizeof(*out));
	out->e = e;
	out->total = e->total;
	out->active = e->active;
	out->context = e->context;
	out->price_in = out->price_out = out->batch_in = out->batch_out = NAN;
	for (size_t i = 0; i < e->n_prices && !catalogue_local(provider); i++) {
		const struct cat_price *p = &e->prices[i];
		if (strcmp(p->provider, provider))
			continue;
		out->price_in = p->in;
		out->price_out = p->out;
		out->batch_in = p->batch_in;
		out->batch_out = p->batch_out;
		out->price_date = p->date;
		out->price_source = p->source;
	}
	return 1;
}

int catalogue_entry_matches(const struct cat_entry *e, const char *text)
{
	if (strcasestr(e->id, text) || strcasestr(e->family, text))
		return 1;
	for (size_t i = 0; i < e->n_aliases; i++)
		if (strcasestr(e->aliases[i], text))
			return 1;
	const char *k;
	json_t *list, *s;
	size_t i;
	json_object_foreach(e->names, k, list)
		json_array_foreach(list, i, s)
			if (strcasestr(json_string_value(s), text))
				return 1;
	return 0;
}
