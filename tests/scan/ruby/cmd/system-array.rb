def convert(path, out)
  system("convert", path, "-resize", "200x200", out) # ok: CWE-78
end
