# settings.py
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SECRET_KEY = "django-insecure-8v$w!k2#p9x@r4t7y0u3i6o1"  # expect: CWE-798
