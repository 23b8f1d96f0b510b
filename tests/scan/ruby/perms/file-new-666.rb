File.open(path, File::CREAT | File::WRONLY, 0o666) { |f| f.write(report) } # expect: CWE-732
