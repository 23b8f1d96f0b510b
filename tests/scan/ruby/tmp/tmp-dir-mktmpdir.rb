Dir.mktmpdir("export") do |dir|
  File.write(File.join(dir, "export.csv"), csv) # ok: CWE-377
end
