import subprocess

def convert(src, dst, width):
    subprocess.run(["convert", src, "-resize", f"{int(width)}x", dst], check=True)  # ok: CWE-78
