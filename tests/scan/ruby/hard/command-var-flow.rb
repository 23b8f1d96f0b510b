def archive(dir)
  cmd = "tar czf /backups/#{File.basename(dir)}.tgz #{dir}"
  system(cmd) # expect: CWE-78
end
