    os.makedirs(cache_dir, mode=0o777, exist_ok=True)  # expect: CWE-732
