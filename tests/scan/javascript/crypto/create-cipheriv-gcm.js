const cipher = crypto.createCipheriv('aes-256-gcm', key, iv); // ok: CWE-327
