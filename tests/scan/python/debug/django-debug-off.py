# settings/production.py
from .base import *
DEBUG = False  # ok: CWE-489
ALLOWED_HOSTS = ["shop.example.com"]
