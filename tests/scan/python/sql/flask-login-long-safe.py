import sqlite3

from flask import Flask, g, jsonify, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
DATABASE = "users.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
    return g.db


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    cur = get_db().cursor()
    cur.execute(
        "SELECT id, pw_hash FROM users WHERE username = ?", (username,)  # ok: CWE-89
    )
    row = cur.fetchone()
    if row is None or not check_password_hash(row[1], password):  # ok: CWE-916
        return jsonify(error="invalid credentials"), 401
    return jsonify(user_id=row[0])
