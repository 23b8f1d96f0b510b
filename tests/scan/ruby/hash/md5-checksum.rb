def checksum(path)
  Digest::MD5.file(path).hexdigest # expect: CWE-328
end
