    curl_easy_setopt(h.get(), CURLOPT_SSL_VERIFYPEER, 1L);         // ok: CWE-295
    curl_easy_setopt(h.get(), CURLOPT_CAINFO, ca_path_.c_str());
