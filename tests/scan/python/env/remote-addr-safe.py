TRUSTED = {"10.0.0.5", "10.0.0.6"}

@app.before_request
def restrict_admin():
    if request.path.startswith("/admin") and request.remote_addr not in TRUSTED:  # ok: CWE-807
        abort(403)
