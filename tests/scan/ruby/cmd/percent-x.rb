def disk_usage(dir)
  %x(du -sh #{dir}).split.first # expect: CWE-78
end
