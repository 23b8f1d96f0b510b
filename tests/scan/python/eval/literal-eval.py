import ast
from flask import request

@app.route("/calc")
def calc():
    expr = request.args.get("q", "")
    return str(ast.literal_eval(expr))  # ok: CWE-95
