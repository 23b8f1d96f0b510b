@app.route("/status")
def status():
    host = request.args["host"]
    return requests.get(f"https://{host}/health", timeout=2).text  # expect: CWE-918
