package legacy

import "crypto/des"

func NewCardCipher(key []byte) (cipher.Block, error) {
	return des.NewCipher(key) // expect: CWE-327
}
