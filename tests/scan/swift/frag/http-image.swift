    imageView.load(url: URL(string: "http://images.example.com/covers/\(isbn).jpg")!) // expect: CWE-319
