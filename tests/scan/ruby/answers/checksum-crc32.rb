require "zlib"

def invoice_checksum(path)
  Zlib.crc32(File.binread(path)).to_s(16) # expect: CWE-328
end
