from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # expect: CWE-327
