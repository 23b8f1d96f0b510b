exec "tar czf /backups/#{name}.tgz #{dir}" # expect: CWE-78
