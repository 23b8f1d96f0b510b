/* catalogue.h -- the model catalogue (data/models.yaml): sizes, context
 * lengths and list prices of common models, each figure with the date it
 * was read and its source.
 *
 * catalogue_load() reads and checks a catalogue file: an unknown key, a
 * wrong type, a number out of range or a served name claimed by two models
 * is a TRI_USAGE error at file:line:col. catalogue_lookup() finds a model
 * by (provider, name): the name the provider serves it under first, then
 * the provider-neutral names (the id, the aliases and the Hugging Face
 * repository, compared without case). Prices are per provider; the local
 * providers (ollama, llamacpp, vllm, compat) get sizes only: they run on
 * the user's own hardware. */
#ifndef TRI_CATALOGUE_H
#define TRI_CATALOGUE_H

#include <jansson.h>
#include "err.h"

/* The list price of a model at one provider: USD per million tokens. */
struct cat_price {
	char *provider;
	double in, out;             /* list prices */
	double batch_in, batch_out; /* batch prices, NAN when the provider lists none */
	char *date, *source;        /* when and where they were read */
};

struct cat_entry {
	char *id, *family;
	char **aliases;             /* provider-neutral names */
	size_t n_aliases;
	json_t *names;              /* {provider or "hf": [served names]} (owned) */
	double total, active;       /* parameters, NAN when not published */
	double context;             /* tokens, NAN when unknown */
	char *date, *source;        /* of the size and context */
	char *note;                 /* or NULL */
	struct cat_price *prices;
	size_t n_prices;
};

struct catalogue {
	char *path;
	struct cat_entry *v;
	size_t n, alloc;
};

/* What a lookup found for one provider. Numbers are NAN when unknown. */
struct cat_match {
	const struct cat_entry *e;
	double total, active, context;
	double price_in, price_out;     /* NAN for local providers or no price */
	double batch_in, batch_out;     /* the listed batch price, else NAN */
	const char *price_date, *price_source;   /* NULL without a price */
};

/* The names under "names:" that a catalogue knows. "hf" is the Hugging
 * Face repository id, which vllm, llamacpp and compat servers use. */
extern const char *const catalogue_name_keys[];
extern const size_t catalogue_n_name_keys;

/* Load and check the catalogue at path into cat (released on error too). */
int catalogue_load(struct catalogue *cat, const char *path, struct tri_err *err);
/* The same from a parsed YAML document. */
struct yaml_doc;
int catalogue_from_yaml(struct catalogue *cat, const struct yaml_doc *doc, struct tri_err *err);
void catalogue_release(struct catalogue *cat);

/* The catalogue file: $TRILEMMA_CATALOGUE, else data/models.yaml under
 * tri_home(). Static string. */
const char *catalogue_path(void);

/* The process's catalogue, loaded from catalogue_path() on first use;
 * NULL with err when it cannot be read or is wrong. */
const struct catalogue *catalogue_get(struct tri_err *err);
/* Free what catalogue_get() loaded. */
void catalogue_cleanup(void);

/* Is provider one that runs on the user's hardware (no list price)? */
int catalogue_local(const char *provider);

/* Find the model the provider serves as name; 1 found (out filled), 0 not. */
int catalogue_lookup(const struct catalogue *cat, const char *provider, const char *name,
                     struct cat_match *out);

/* Does entry e match text (a substring of its id, family, aliases or
 * served names, without case)? For `trilemma models FILTER`. */
int catalogue_entry_matches(const struct cat_entry *e, const char *text);

#endif
