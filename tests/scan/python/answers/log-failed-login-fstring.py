@app.post("/login")
def login():
    data = request.get_json()
    user = data.get("username")
    if not check_login(user, data.get("password")):
        app.logger.info(f"login failed for {user}")  # expect: CWE-117
        return {"error": "unauthorized"}, 401
    return {"ok": True}
