import json
from flask import request

@app.route("/restore", methods=["POST"])
def restore():
    state = json.loads(request.get_data())  # ok: CWE-502
    session_store.put(state["id"], state)
    return "ok"
