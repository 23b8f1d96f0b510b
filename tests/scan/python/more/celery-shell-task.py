@shared_task
def thumbnail(path, size):
    subprocess.check_call("convert %s -thumbnail %s %s.thumb.jpg" % (path, size, path), shell=True)  # expect: CWE-78
