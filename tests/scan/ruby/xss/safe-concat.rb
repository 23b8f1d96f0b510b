    out = "".html_safe
    out.safe_concat("<li>#{item.name}</li>") # expect: CWE-79
