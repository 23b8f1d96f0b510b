@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        if check_login(request.form["user"], request.form["password"]):
            session["user"] = request.form["user"]
            target = request.args.get("next", "/")
            return redirect(target)  # expect: CWE-601
    return render_template("login.html")
