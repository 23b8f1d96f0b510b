/* test_yaml.c -- YAML to JSON: scalar typing, positions, refusals. */
#include "t.h"
#include "util.h"
#include "yaml.h"

static int load(struct yaml_doc *d, const char *text, struct tri_err *err)
{
	return yaml_load_string(d, "t.yaml", text, strlen(text), err);
}

static void test_types(void)
{
	struct yaml_doc d;
	struct tri_err err;
	T_EQ_INT(load(&d, "a: 1\nb: 355e9\nc: true\nd: ~\ne: \"1\"\nf: 0.6\ng: hello world\n"
			  "h: [x, 2]\ni: {k: v}\nj: -3\n", &err), 0);
	json_t *r = d.root;
	T_CHECK(json_is_integer(json_object_get(r, "a")));
	T_NEAR(json_number_value(json_object_get(r, "b")), 355e9, 1);
	T_CHECK(json_is_true(json_object_get(r, "c")));
	T_CHECK(json_is_null(json_object_get(r, "d")));
	T_EQ_STR(json_string_value(json_object_get(r, "e")), "1");   /* quoted stays a string */
	T_NEAR(json_number_value(json_object_get(r, "f")), 0.6, 1e-12);
	T_EQ_STR(json_string_value(json_object_get(r, "g")), "hello world");
	T_EQ_INT(json_array_size(json_object_get(r, "h")), 2);
	T_EQ_STR(json_string_value(json_object_get(json_object_get(r, "i"), "k")), "v");
	T_EQ_INT(json_integer_value(json_object_get(r, "j")), -3);
	long line, col;
	yaml_where_member(&d, r, "c", &line, &col);   /* a shared singleton: by member */
	T_EQ_INT(line, 3);
	T_EQ_INT(col, 1);
	yaml_where(&d, json_object_get(r, "i"), &line, &col);
	T_EQ_INT(line, 9);
	yaml_doc_release(&d);
}

static void test_errors(void)
{
	struct yaml_doc d;
	struct tri_err err;
	T_EQ_INT(load(&d, "a: 1\nb:\n  c: 2\n  c: 3\n", &err), -1);
	T_EQ_STR(err.msg, "t.yaml:4:3: duplicate key 'c'");
	yaml_doc_release(&d);
	T_EQ_INT(load(&d, "a: &x 1\nb: *x\n", &err), -1);
	T_CHECK(strstr(err.msg, "anchors") != NULL || strstr(err.msg, "aliases") != NULL);
	yaml_doc_release(&d);
	T_EQ_INT(load(&d, "a: [1, 2\n", &err), -1);
	T_CHECK(!strncmp(err.msg, "t.yaml:", 7) && strstr(err.msg, "invalid YAML") != NULL);
	yaml_doc_release(&d);
	T_EQ_INT(load(&d, "a: 1\n---\nb: 2\n", &err), -1);
	T_CHECK(strstr(err.msg, "only one YAML document") != NULL);
	yaml_doc_release(&d);
	T_EQ_INT(load(&d, "models:\n  - spec: x\n    temprature: 1\n", &err), 0);
	json_t *m = json_array_get(json_object_get(d.root, "models"), 0);
	static const char *const keys[] = { "spec", "temperature" };
	T_EQ_INT(yaml_check_keys(&d, m, "a model", keys, 2, &err), -1);
	T_EQ_STR(err.msg, "t.yaml:3:5: unknown key 'temprature' in a model (known: spec, temperature)");
	yaml_doc_release(&d);
}

int main(void)
{
	T_RUN(test_types);
	T_RUN(test_errors);
	return t_done("test_yaml");
}
