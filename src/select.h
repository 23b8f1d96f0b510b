/* select.h -- choosing the smallest model that meets the requirements (SPEC §7).
 *
 * A requirement is "METRIC OP VALUE", OP one of <= >= < >. METRIC is a
 * dotted path looked up in the model's "overall" METRICS object (e.g.
 * hallucination_rate, security.pass_rate, latency_s.p50, cost_usd.per_item),
 * or from the model object itself (suites.knowledge.accuracy). A proportion
 * ({value, lo, hi}) is judged on its value, or with strict on the
 * unfavourable end of its interval (lo for >=/>, hi for <=/<). */
#ifndef TRI_SELECT_H
#define TRI_SELECT_H

#include <jansson.h>
#include "err.h"

enum sel_op { SEL_LE, SEL_GE, SEL_LT, SEL_GT };
enum sel_prefer { PREFER_SMALLEST, PREFER_CHEAPEST, PREFER_FASTEST, PREFER_BEST };

struct requirement {
	char *text;     /* as written, owned */
	char *metric;   /* owned */
	enum sel_op op;
	double value;
};

/* The node a requirement's metric names in a report's model object (a
 * number, or a proportion {value, lo, hi}), or NULL when not measured. */
const json_t *select_metric_node(const json_t *model, const char *metric);

/* Parse one requirement; TRI_USAGE error naming the problem. */
int select_parse(const char *expr, struct requirement *out, struct tri_err *err);
void select_requirement_release(struct requirement *r);
/* "smallest" ... into *out; 0, or -1 when s names no preference. */
int select_parse_prefer(const char *s, enum sel_prefer *out);
/* The name of a preference ("smallest" ...), a static string. */
const char *select_prefer_name(enum sel_prefer p);

/* Does metric resolve to a number or proportion (or null) for at least one
 * model? 0 means the name is unknown: a typo the command reports. Known:
 * any path of the METRICS schema (security.pass_rate even when every
 * model's security is null), the same under suites.NAME / categories.NAME
 * for a NAME some model has, size.total, size.active, and any path that
 * some model object holds as a number or proportion. */
int select_check_metric(const json_t *models, const char *metric);

/* What to select by, parsed and checked. */
struct select_spec {
	struct requirement *req;
	size_t n_req;
	enum sel_prefer prefer;
	int strict;
	double max_errors;   /* a model with a larger share of failed requests is not measured */
};

/* Parse requirement strings and a preference name (NULL: smallest) into s.
 * TRI_USAGE error for a bad expression or an unknown preference. */
int select_spec_parse(struct select_spec *s, char *const *require, size_t n_require,
                      const char *prefer, int strict, double max_errors, struct tri_err *err);
void select_spec_release(struct select_spec *s);

/* Check that every requirement's metric is known for models (a report's
 * "models", or the prototype of a planned run): TRI_USAGE naming the first
 * that is not. An empty models array knows the METRICS schema only. */
int select_spec_check(const struct select_spec *s, const json_t *models, struct tri_err *err);

/* A METRICS object in which every metric of the schema has a value (for
 * telling a metric name from a typo). New reference. */
json_t *select_metrics_prototype(void);

/* Apply the spec to the "models" array of a JSON report and return the
 * "selection" object of SPEC §6 (new reference): require, prefer, strict,
 * max_errors, chosen (id or null), excluded [{id, failed, value, failures}],
 * pareto [ids], ranking (the candidates in preference order), unranked
 * [{id, reason}] (candidates the preference cannot place) and note (why
 * nothing was chosen, when no requirement explains it). docs/report-json.md
 * says how each model is judged. */
json_t *select_run(const json_t *models, const struct select_spec *s);

#endif
