from flask import request, send_from_directory

@app.route("/download")
def download():
    name = request.args["file"]
    return send_from_directory("/srv/files", name)  # ok: CWE-22
