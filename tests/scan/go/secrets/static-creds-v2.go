	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIA4EXAMPLE7QWERTY12", "9aK2mP0qLx8vN3bR7tY5wE1uI6oZ4sD2fG8hJ0kL", "")), // expect: CWE-798
	)
