from flask import request, send_file

@app.route("/download")
def download():
    name = request.args["file"]
    return send_file(os.path.join("/srv/files", name))  # expect: CWE-22
