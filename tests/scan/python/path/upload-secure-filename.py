from werkzeug.utils import secure_filename

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join(app.config["UPLOAD_DIR"], secure_filename(f.filename)))  # ok: CWE-22
    return "saved"
