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

/* Apply requirements to the "models" array of a JSON report and return the
 * "selection" object of SPEC §6 (new reference): require, prefer, strict,
 * chosen (id or null), excluded [{id, failed, value}], pareto [ids], and
 * ranking (the passing models in preference order). */
json_t *select_run(const json_t *models, const struct requirement *req, size_t n_req,
                   enum sel_prefer prefer, int strict);

#endif
