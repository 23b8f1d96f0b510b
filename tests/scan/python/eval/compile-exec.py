    code_obj = compile(request.form["snippet"], "<user>", "exec")
    exec(code_obj, {"__builtins__": {}})  # expect: CWE-95
