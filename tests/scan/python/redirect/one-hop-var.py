@app.route("/sso/callback")
def sso_callback():
    dest = request.args.get("redirect_uri", "/")
    complete_sso(request)
    return redirect(dest)  # expect: CWE-601
