	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/v1/rates", nil) // ok: CWE-918
