def dependency_rows
  agg = "string_agg(dependencies.requirements, '@' ORDER BY rubygems.name)"
  Version.joins(:dependencies).group(:id).pluck(:number, Arel.sql(agg)) # ok: CWE-89
end
