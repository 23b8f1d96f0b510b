@app.route("/search")
def search():
    logger.info("search for %r", request.args.get("q", ""))  # ok: CWE-117
    return do_search(request.args.get("q", ""))
