@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join(app.config["UPLOAD_DIR"], f.filename))  # expect: CWE-22
    return "saved"
