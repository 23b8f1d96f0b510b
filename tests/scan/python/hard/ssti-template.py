from jinja2 import Template

def render_greeting(user_template, name):
    return Template(user_template).render(name=name)  # expect: CWE-94
