@app.route("/admin")
def admin():
    if request.cookies.get("is_admin") == "1":  # expect: CWE-807
        return render_template("admin.html")
    abort(403)
