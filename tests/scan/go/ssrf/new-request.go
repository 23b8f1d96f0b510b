func (s *Server) proxyWebhook(w http.ResponseWriter, r *http.Request) {
	var body struct{ Callback string }
	json.NewDecoder(r.Body).Decode(&body)
	req, _ := http.NewRequest(http.MethodPost, body.Callback, bytes.NewReader(s.payload)) // expect: CWE-918
	resp, err := s.client.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}
