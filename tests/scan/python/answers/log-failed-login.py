from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not check_login(username, password):
        app.logger.warning("Failed login attempt for user %s", username)  # expect: CWE-117
        return jsonify({"error": "invalid credentials"}), 401
    return jsonify({"ok": True})
