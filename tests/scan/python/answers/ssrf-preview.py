import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/preview")
def preview():
    url = request.args.get("url")
    page = requests.get(url, timeout=5)  # expect: CWE-918
    return page.text[:200]
