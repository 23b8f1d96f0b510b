from urllib.parse import urlparse
from flask import redirect, request, url_for

@app.route("/login", methods=["POST"])
def login():
    do_login(request.form)
    nxt = request.args.get("next", "")
    if urlparse(nxt).netloc or not nxt.startswith("/"):
        nxt = url_for("index")
    return redirect(nxt)  # ok: CWE-601
