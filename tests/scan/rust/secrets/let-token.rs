    let api_token = "ghp_R2d9Kx7LmQ0pVz3yT8wB"; // expect: CWE-798
