import base64
import pickle


def dump_prefs(prefs) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode()


def load_prefs(cookie_value: str):
    return pickle.loads(base64.urlsafe_b64decode(cookie_value))  # expect: CWE-502
