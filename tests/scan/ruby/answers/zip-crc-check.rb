def entry_intact?(entry, data)
  Zlib.crc32(data) == entry.crc # ok: CWE-328
end
