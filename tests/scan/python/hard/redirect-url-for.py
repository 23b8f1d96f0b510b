@app.route("/me")
def me():
    return redirect(url_for("profile", user_id=current_user.id))  # ok: CWE-601
