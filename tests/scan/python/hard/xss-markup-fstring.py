from markupsafe import Markup

def link(url, title):
    return Markup(f"<a href='{url}'>{title}</a>")  # expect: CWE-79
