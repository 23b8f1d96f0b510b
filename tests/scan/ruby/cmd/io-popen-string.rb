IO.popen("git log --author=#{author} --oneline") { |io| io.read } # expect: CWE-78
