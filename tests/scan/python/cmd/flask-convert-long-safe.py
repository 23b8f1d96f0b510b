import os
import subprocess
import uuid

from flask import Flask, abort, request, send_file

app = Flask(__name__)
WORK = "/srv/convert"
FORMATS = {"pdf", "odt", "txt"}


@app.route("/convert", methods=["POST"])
def convert():
    upload = request.files["doc"]
    fmt = request.form.get("format", "pdf")
    if fmt not in FORMATS:
        abort(400)
    src = os.path.join(WORK, uuid.uuid4().hex + ".docx")
    upload.save(src)
    rc = subprocess.call(["soffice", "--headless", "--convert-to", fmt, "--outdir", WORK, src])  # ok: CWE-78
    if rc != 0:
        return "conversion failed", 500
    out = os.path.splitext(src)[0] + "." + fmt
    return send_file(out, as_attachment=True)  # ok: CWE-22
