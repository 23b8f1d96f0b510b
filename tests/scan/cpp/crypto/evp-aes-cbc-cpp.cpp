    if (!EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv.data()))   // ok: CWE-327
        throw CryptoError("init");
