from cryptography.fernet import Fernet

_f = Fernet(config.FIELD_KEY)


def encrypt_field(value: str) -> bytes:
    return _f.encrypt(value.encode())  # ok: CWE-327


def decrypt_field(token: bytes) -> str:
    return _f.decrypt(token).decode()
