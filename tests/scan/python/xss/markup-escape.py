from markupsafe import Markup, escape

def render_bio(user):
    return Markup("<div class='bio'>%s</div>") % escape(user.bio)  # ok: CWE-79
