    curl_easy_setopt(h.get(), CURLOPT_SSL_VERIFYPEER, false);      // expect: CWE-295
