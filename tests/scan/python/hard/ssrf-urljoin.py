from urllib.parse import urljoin

@app.route("/api/<path:p>")
def proxy(p):
    return requests.get(urljoin(BACKEND_URL, p), timeout=5).content  # expect: CWE-918
