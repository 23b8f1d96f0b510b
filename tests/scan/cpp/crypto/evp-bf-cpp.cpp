    if (!EVP_EncryptInit_ex(ctx.get(), EVP_bf_cbc(), nullptr, key.data(), iv.data()))   // expect: CWE-327
        throw CryptoError("init");
