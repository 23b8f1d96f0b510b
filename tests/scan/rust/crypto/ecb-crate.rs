type Aes128EcbEnc = ecb::Encryptor<aes::Aes128>; // expect: CWE-327
