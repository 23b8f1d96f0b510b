from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def encrypt_field(value: str) -> bytes:
    cipher = AES.new(config.FIELD_KEY, AES.MODE_ECB)  # expect: CWE-327
    return cipher.encrypt(pad(value.encode(), 16))


def decrypt_field(blob: bytes) -> str:
    cipher = AES.new(config.FIELD_KEY, AES.MODE_ECB)  # expect: CWE-327
    return unpad(cipher.decrypt(blob), 16).decode()
