import base64, pickle

@app.route("/cart")
def cart():
    items = pickle.loads(base64.b64decode(request.cookies.get("cart", "")))  # expect: CWE-502
    return render_template("cart.html", items=items)
