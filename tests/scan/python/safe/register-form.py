@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]  # ok: CWE-798
    confirm = request.form["confirm"]
    if password != confirm:  # ok: CWE-798
        return "passwords differ", 400
    token = request.headers.get("Authorization", "")  # ok: CWE-798
    create_user(request.form["email"], generate_password_hash(password))  # ok: CWE-916
    return "created", 201
