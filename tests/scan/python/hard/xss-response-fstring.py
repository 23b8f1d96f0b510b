from flask import Response

@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    return Response(f"<html><body>{msg}</body></html>", mimetype="text/html")  # expect: CWE-79
