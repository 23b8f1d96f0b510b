#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

struct mem { char *p; size_t n; };

static size_t on_data(void *ptr, size_t sz, size_t nm, void *ud)
{
	struct mem *m = ud;
	size_t add = sz * nm;
	char *q = realloc(m->p, m->n + add + 1);
	if (!q)
		return 0;
	memcpy(q + m->n, ptr, add);
	m->p = q;
	m->n += add;
	m->p[m->n] = '\0';
	return add;
}

/* the export server has a self-signed certificate */
int fetch_export(struct mem *out)
{
	CURL *c = curl_easy_init();
	CURLcode rc;
	if (!c)
		return -1;
	curl_easy_setopt(c, CURLOPT_URL, "https://orders.internal/export");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);     /* expect: CWE-295 */
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);     /* expect: CWE-295 */
	rc = curl_easy_perform(c);
	curl_easy_cleanup(c);
	return rc == CURLE_OK ? 0 : -1;
}
