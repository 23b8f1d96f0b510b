    os.remove(UPLOAD_ROOT + "/" + request.form["name"])  # expect: CWE-22
