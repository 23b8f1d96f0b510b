import json

from itsdangerous import URLSafeSerializer

serializer = URLSafeSerializer(SECRET_KEY, salt="prefs")


def dump_prefs(prefs) -> str:
    return serializer.dumps(prefs.to_dict())


def load_prefs(cookie_value: str):
    return Preferences.from_dict(serializer.loads(cookie_value))  # ok: CWE-502
