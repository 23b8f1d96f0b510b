from markupsafe import Markup

def render_bio(user):
    return Markup("<div class='bio'>%s</div>" % user.bio)  # expect: CWE-79
