@app.before_request
def restrict_admin():
    if request.path.startswith("/admin"):
        if request.headers.get("X-Forwarded-For", "").startswith("10."):  # expect: CWE-807
            return None
        abort(403)
