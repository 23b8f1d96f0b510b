File.write(key_path, private_key.to_pem)
File.chmod(0o600, key_path) # ok: CWE-732
