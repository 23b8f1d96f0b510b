def checksum(path)
  Digest::MD5.hexdigest(File.read(path)) # expect: CWE-328
end
