	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);     /* ok: CWE-295 */
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);     /* ok: CWE-295 */
