def required_label(key)
  "#{t(key)} <abbr title=\"required\">*</abbr>".html_safe # ok: CWE-79
end
