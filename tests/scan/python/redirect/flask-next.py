from flask import redirect, request, url_for

@app.route("/login", methods=["POST"])
def login():
    do_login(request.form)
    return redirect(request.args.get("next") or url_for("index"))  # expect: CWE-601
