@app.route("/card")
def card():
    title = request.args.get("title", "")
    return render_template_string(f"<div class='card'>{title}</div>")  # expect: CWE-94 CWE-79
