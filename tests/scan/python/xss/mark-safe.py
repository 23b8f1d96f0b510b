from django.utils.safestring import mark_safe

def comment_html(comment):
    return mark_safe(comment.body)  # expect: CWE-79
