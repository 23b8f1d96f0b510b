def run_tool(args):
    cmd = " ".join(args)
    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE).communicate()[0]  # expect: CWE-78
