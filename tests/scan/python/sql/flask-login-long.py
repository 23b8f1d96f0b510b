import hashlib
import sqlite3

from flask import Flask, g, jsonify, request

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
    digest = hashlib.sha256(password.encode()).hexdigest()  # expect: CWE-916
    cur = get_db().cursor()
    cur.execute(
        "SELECT id FROM users WHERE username = '%s' AND pw_hash = '%s'" % (username, digest)  # expect: CWE-89
    )
    row = cur.fetchone()
    if row is None:
        return jsonify(error="invalid credentials"), 401
    return jsonify(user_id=row[0])
