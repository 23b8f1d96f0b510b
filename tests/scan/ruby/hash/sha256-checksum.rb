def checksum(path)
  Digest::SHA256.file(path).hexdigest # ok: CWE-328
end
