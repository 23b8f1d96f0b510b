/* fuzz_yaml.c -- YAML documents into jansson trees, then the config
 * loader's checks over them (types, ranges, specs, selection, routing), and
 * the model catalogue's. */
#include <stdint.h>
#include "util.h"
#include "catalogue.h"
#include "config.h"
#include "yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct yaml_doc d;
	struct tri_err err;
	if (yaml_load_string(&d, "fuzz.yaml", (const char *)data, size, &err) == 0 && d.root) {
		struct config c;
		config_init(&c);
		if (config_from_yaml(&c, &d, &err) == 0)
			config_check(&c, &err);
		config_release(&c);
		struct catalogue cat;
		if (catalogue_from_yaml(&cat, &d, &err) == 0)
			catalogue_release(&cat);
	}
	yaml_doc_release(&d);
	return 0;
}
