import os
import subprocess
import uuid

from flask import Flask, request, send_file

app = Flask(__name__)
WORK = "/srv/convert"


@app.route("/convert", methods=["POST"])
def convert():
    upload = request.files["doc"]
    fmt = request.form.get("format", "pdf")
    src = os.path.join(WORK, uuid.uuid4().hex + ".docx")
    upload.save(src)
    cmd = f"soffice --headless --convert-to {fmt} --outdir {WORK} {src}"
    rc = subprocess.call(cmd, shell=True)  # expect: CWE-78
    if rc != 0:
        return "conversion failed", 500
    out = os.path.splitext(src)[0] + "." + fmt
    return send_file(out, as_attachment=True)  # expect: CWE-22
