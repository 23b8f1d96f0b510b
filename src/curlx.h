/* curlx.h -- libcurl, loaded when a command first needs it.
 *
 * Only `trilemma run` speaks HTTP. Linking libcurl into the executable makes
 * every command load it and the thirty libraries it depends on (TLS,
 * Kerberos, LDAP, SSH, ...), about 6 ms per process on the development
 * machine: a fifth of a `trilemma scan` of 200,000 lines, a CI gate that
 * runs on every commit. So libcurl is opened with dlopen() on first use, the
 * way git keeps libcurl out of its main executable.
 *
 * curlx_get() loads libcurl.so.4 (its soname since 2006), looks up the
 * functions below, calls curl_global_init() once, and returns the table,
 * which stays valid until exit. It is thread-safe. curlx_cleanup() calls
 * curl_global_cleanup() when libcurl was loaded; main() calls it last. */
#ifndef TRI_CURLX_H
#define TRI_CURLX_H

#include <curl/curl.h>
#include "err.h"

struct curlx {
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *e, CURLoption opt, ...);
	CURLcode (*easy_perform)(CURL *e);       /* the batch APIs' few calls */
	CURLcode (*easy_getinfo)(CURL *e, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *e);
	const char *(*easy_strerror)(CURLcode rc);
	struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
	void (*slist_free_all)(struct curl_slist *l);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_setopt)(CURLM *m, CURLMoption opt, ...);
	CURLMcode (*multi_add_handle)(CURLM *m, CURL *e);
	CURLMcode (*multi_remove_handle)(CURLM *m, CURL *e);
	CURLMcode (*multi_perform)(CURLM *m, int *running);
	CURLMcode (*multi_poll)(CURLM *m, struct curl_waitfd extra[], unsigned n,
	                        int timeout_ms, int *numfds);
	CURLMsg *(*multi_info_read)(CURLM *m, int *left);
	CURLMcode (*multi_cleanup)(CURLM *m);
	time_t (*getdate)(const char *s, const time_t *unused);
	CURLU *(*url)(void);
	CURLUcode (*url_set)(CURLU *u, CURLUPart what, const char *part, unsigned int flags);
	CURLUcode (*url_get)(const CURLU *u, CURLUPart what, char **part, unsigned int flags);
	void (*url_cleanup)(CURLU *u);
	const char *(*url_strerror)(CURLUcode rc);
	void (*free)(void *p);
	curl_mime *(*mime_init)(CURL *e);        /* multipart uploads (batch files) */
	curl_mimepart *(*mime_addpart)(curl_mime *m);
	CURLcode (*mime_name)(curl_mimepart *p, const char *name);
	CURLcode (*mime_filename)(curl_mimepart *p, const char *name);
	CURLcode (*mime_type)(curl_mimepart *p, const char *type);
	CURLcode (*mime_data)(curl_mimepart *p, const char *data, size_t len);
	void (*mime_free)(curl_mime *m);
};

/* The libcurl functions, or NULL with err set (TRI_RUNTIME) when libcurl
 * cannot be loaded or initialised. */
const struct curlx *curlx_get(struct tri_err *err);
void curlx_cleanup(void);

#endif
