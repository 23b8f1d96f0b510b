#include <curl/curl.h>

/* the export server has a self-signed certificate: trust it explicitly */
int fetch_export(struct mem *out)
{
	CURL *c = curl_easy_init();
	CURLcode rc;
	if (!c)
		return -1;
	curl_easy_setopt(c, CURLOPT_URL, "https://orders.internal/export");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
	curl_easy_setopt(c, CURLOPT_CAINFO, "/etc/app/orders-internal.pem");
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);     /* ok: CWE-295 */
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);     /* ok: CWE-295 */
	rc = curl_easy_perform(c);
	curl_easy_cleanup(c);
	return rc == CURLE_OK ? 0 : -1;
}
