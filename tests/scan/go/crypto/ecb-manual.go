// ECB by hand: each block encrypted on its own
func encryptECB(block cipher.Block, src []byte) []byte {
	dst := make([]byte, len(src))
	bs := block.BlockSize()
	for i := 0; i < len(src); i += bs {
		block.Encrypt(dst[i:i+bs], src[i:i+bs]) // expect: CWE-327
	}
	return dst
}
