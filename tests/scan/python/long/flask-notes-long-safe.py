import sqlite3

from flask import Flask, abort, g, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.config.from_envvar("NOTES_SETTINGS")


def db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/notes")
def notes():
    tag = request.args.get("tag")
    sql = "SELECT id, title FROM notes WHERE owner = ?"
    args = [session["uid"]]
    if tag:
        sql += " AND tag = ?"
        args.append(tag)
    rows = db().execute(sql, args).fetchall()  # ok: CWE-89
    return render_template("notes.html", notes=rows)


@app.route("/notes/<int:note_id>/delete", methods=["POST"])
def delete_note(note_id):
    db().execute("DELETE FROM notes WHERE id = ? AND owner = ?", (note_id, session["uid"]))  # ok: CWE-89
    db().commit()
    return redirect(url_for("notes"))
