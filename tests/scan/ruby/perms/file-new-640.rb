File.open(path, File::CREAT | File::WRONLY, 0o640) { |f| f.write(report) } # ok: CWE-732
