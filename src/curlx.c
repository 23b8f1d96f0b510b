/* curlx.c -- libcurl through dlopen(), on first use. See curlx.h. */
#include <dlfcn.h>
#include <pthread.h>
#include "util.h"
#include "curlx.h"

#define CURLX_SONAME "libcurl.so.4"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static struct curlx api;
static void (*global_cleanup)(void);
static int loaded;            /* 1: api is usable */
static char why[512];         /* when not */

/* Look up one symbol into a function pointer (POSIX guarantees that a
 * dlsym() result converts to a function pointer; memcpy keeps ISO C quiet). */
static int sym(void *lib, const char *name, void *fnp, size_t size)
{
	void *p = dlsym(lib, name);
	if (!p) {
		snprintf(why, sizeof(why), "%s lacks %s", CURLX_SONAME, name);
		return -1;
	}
	memcpy(fnp, &p, size);
	return 0;
}

#define SYM(lib, field, name) sym(lib, name, &api.field, sizeof(api.field))

static void load(void)
{
	CURLcode (*global_init)(long) = NULL;
	void *lib = dlopen(CURLX_SONAME, RTLD_NOW | RTLD_LOCAL);

	if (!lib) {
		const char *e = dlerror();
		snprintf(why, sizeof(why), "cannot load %s (%s); install libcurl4 "
		         "(make deps)", CURLX_SONAME, e ? e : "not found");
		return;
	}
	if (SYM(lib, easy_init, "curl_easy_init") ||
	    SYM(lib, easy_setopt, "curl_easy_setopt") ||
	    SYM(lib, easy_perform, "curl_easy_perform") ||
	    SYM(lib, easy_getinfo, "curl_easy_getinfo") ||
	    SYM(lib, easy_cleanup, "curl_easy_cleanup") ||
	    SYM(lib, easy_strerror, "curl_easy_strerror") ||
	    SYM(lib, slist_append, "curl_slist_append") ||
	    SYM(lib, slist_free_all, "curl_slist_free_all") ||
	    SYM(lib, multi_init, "curl_multi_init") ||
	    SYM(lib, multi_setopt, "curl_multi_setopt") ||
	    SYM(lib, multi_add_handle, "curl_multi_add_handle") ||
	    SYM(lib, multi_remove_handle, "curl_multi_remove_handle") ||
	    SYM(lib, multi_perform, "curl_multi_perform") ||
	    SYM(lib, multi_poll, "curl_multi_poll") ||
	    SYM(lib, multi_info_read, "curl_multi_info_read") ||
	    SYM(lib, multi_cleanup, "curl_multi_cleanup") ||
	    SYM(lib, getdate, "curl_getdate") ||
	    SYM(lib, url, "curl_url") ||
	    SYM(lib, url_set, "curl_url_set") ||
	    SYM(lib, url_get, "curl_url_get") ||
	    SYM(lib, url_cleanup, "curl_url_cleanup") ||
	    SYM(lib, url_strerror, "curl_url_strerror") ||
	    SYM(lib, free, "curl_free") ||
	    SYM(lib, mime_init, "curl_mime_init") ||
	    SYM(lib, mime_addpart, "curl_mime_addpart") ||
	    SYM(lib, mime_name, "curl_mime_name") ||
	    SYM(lib, mime_filename, "curl_mime_filename") ||
	    SYM(lib, mime_type, "curl_mime_type") ||
	    SYM(lib, mime_data, "curl_mime_data") ||
	    SYM(lib, mime_free, "curl_mime_free") ||
	    sym(lib, "curl_global_init", &global_init, sizeof(global_init)) ||
	    sym(lib, "curl_global_cleanup", &global_cleanup, sizeof(global_cleanup)))
		return;   /* the library stays open: dlclose() buys nothing here */
	if (global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(why, sizeof(why), "libcurl failed to initialise");
		global_cleanup = NULL;
		return;
	}
	loaded = 1;
}

const struct curlx *curlx_get(struct tri_err *err)
{
	pthread_once(&once, load);
	if (!loaded) {
		err_set(err, TRI_RUNTIME, "%s", why);
		return NULL;
	}
	return &api;
}

void curlx_cleanup(void)
{
	if (loaded && global_cleanup) {
		global_cleanup();
		loaded = 0;
		snprintf(why, sizeof(why), "libcurl was already shut down");
	}
}
