    os.system(f"convert {src} -resize 200x200 {dst}")  # expect: CWE-78
