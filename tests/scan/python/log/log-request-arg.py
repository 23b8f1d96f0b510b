@app.route("/search")
def search():
    logger.info("search for " + request.args.get("q", ""))  # expect: CWE-117
    return do_search(request.args.get("q", ""))
