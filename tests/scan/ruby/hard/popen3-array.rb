Open3.popen3("convert", input, "-strip", output) do |_in, out, err, wait| # ok: CWE-78
  raise err.read unless wait.value.success?
end
