HELP = "Avoid eval(x) and os.system(cmd); use subprocess.run([...])"  # ok: CWE-95
print(HELP)
