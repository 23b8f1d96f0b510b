VERSION = eval("'1.2.3'") # ok: CWE-95
