@app.route("/lang/<code>")
def set_lang(code):
    session["lang"] = code
    return redirect(request.referrer or "/")  # expect: CWE-601
