HELP = "Use eval(expr) only in the REPL" # ok: CWE-95
