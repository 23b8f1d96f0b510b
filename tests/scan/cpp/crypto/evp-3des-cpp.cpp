    const EVP_CIPHER *cipher = EVP_des_ede3_cbc();                  // expect: CWE-327
