Open3.popen2e({ "LANG" => "C" }, "git", "log", "--oneline", "-n", count.to_s, chdir: repo_path) do |_in, out, wait| # ok: CWE-78
  wait.value.success? ? out.read : ""
end
