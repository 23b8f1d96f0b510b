from flask import request

@app.route("/calc")
def calc():
    expr = request.args.get("q", "")
    return str(eval(expr))  # expect: CWE-95
