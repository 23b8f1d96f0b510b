import pickle
from flask import request

@app.route("/restore", methods=["POST"])
def restore():
    state = pickle.loads(request.get_data())  # expect: CWE-502
    session_store.put(state["id"], state)
    return "ok"
