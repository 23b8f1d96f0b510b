    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidateIssuerSigningKey = false,
        RequireSignedTokens = false,   // expect: CWE-347
        ValidateLifetime = false
    };
