# Never do: os.system("rm -rf " + path) or eval(user_input)
# and never call pickle.loads on request bodies.
def cleanup(path):
    shutil.rmtree(path)  # ok: CWE-78
