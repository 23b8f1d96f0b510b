path = Rails.root.join("tmp", "cache", "export-#{SecureRandom.hex(8)}.csv")
File.write(path, csv) # ok: CWE-377
