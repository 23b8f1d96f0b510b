import os

DEBUG = os.environ.get("DEBUG", "0") == "1"  # ok: CWE-489
if os.environ.get("ENABLE_ADMIN") == "1":  # expect: CWE-807
    urlpatterns.append(path("admin/", admin.site.urls))
