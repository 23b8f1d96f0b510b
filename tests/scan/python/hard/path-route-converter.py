@app.route("/files/<path:name>")
def files(name):
    return send_file(os.path.join(FILES_ROOT, name))  # expect: CWE-22
