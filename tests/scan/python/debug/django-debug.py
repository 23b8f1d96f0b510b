# settings/production.py
from .base import *
DEBUG = True  # expect: CWE-489
ALLOWED_HOSTS = ["*"]
