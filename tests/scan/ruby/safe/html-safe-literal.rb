def required_marker
  '<span class="required">*</span>'.html_safe # ok: CWE-79
end

def icon(name)
  content_tag(:i, "", class: "icon icon-#{name}")
end
