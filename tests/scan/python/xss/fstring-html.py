@app.route("/search")
def search():
    q = request.args.get("q", "")
    return f"<h2>Results for {q}</h2>"  # expect: CWE-79
