	creds := credentials.NewTLS(&tls.Config{InsecureSkipVerify: true}) // expect: CWE-295
	conn, err := grpc.Dial(addr, grpc.WithTransportCredentials(creds))
