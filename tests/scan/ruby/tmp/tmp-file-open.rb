File.open("/tmp/export.csv", "w") { |f| f.write(csv) } # expect: CWE-377
