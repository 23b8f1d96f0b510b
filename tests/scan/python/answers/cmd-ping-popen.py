import os
from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/ping")
def ping():
    host = request.form["host"]
    return "<pre>" + os.popen("ping -c 3 " + host).read() + "</pre>"  # expect: CWE-78 CWE-79
