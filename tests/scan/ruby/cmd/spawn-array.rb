pid = spawn("ffmpeg", "-i", upload.path, "-vframes", "1", thumb_path) # ok: CWE-78
Process.wait(pid)
