	mac := hmac.New(md5.New, key) // expect: CWE-328
	mac.Write(payload)
