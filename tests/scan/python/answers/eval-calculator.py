from flask import Flask, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.form["expression"]
    return {"value": eval(expr, {"__builtins__": {}})}  # expect: CWE-95
