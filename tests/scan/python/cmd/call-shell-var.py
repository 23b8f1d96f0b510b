def run_hook(hook_cmd):
    # hook_cmd comes from the repository's .hooks file
    subprocess.call(hook_cmd, shell=True)  # expect: CWE-78
