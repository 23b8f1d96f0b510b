    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = signingKey,
        RequireSignedTokens = true,   // ok: CWE-347
        ValidateLifetime = true
    };
