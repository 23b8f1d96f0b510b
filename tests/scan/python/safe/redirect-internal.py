@app.route("/old-dashboard")
def old_dashboard():
    return redirect("/dashboard", code=301)  # ok: CWE-601
