import requests
from flask import request

@app.route("/preview")
def preview():
    r = requests.get(request.args["url"], timeout=3)  # expect: CWE-918
    return r.text[:500]
