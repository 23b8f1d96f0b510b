def deep_copy(obj)
  Marshal.load(Marshal.dump(obj)) # ok: CWE-502
end
