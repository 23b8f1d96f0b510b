from flask import render_template_string, request

@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    return render_template_string("<p>Hello {{ name }}</p>", name=name)  # ok: CWE-94
