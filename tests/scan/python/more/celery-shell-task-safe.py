@shared_task
def thumbnail(path, size):
    subprocess.check_call(["convert", path, "-thumbnail", size, path + ".thumb.jpg"])  # ok: CWE-78
