import html

@app.route("/search")
def search():
    q = request.args.get("q", "")
    return f"<h2>Results for {html.escape(q)}</h2>"  # ok: CWE-79
