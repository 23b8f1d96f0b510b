IO.popen(["git", "log", "--author=#{author}", "--oneline"]) { |io| io.read } # ok: CWE-78
