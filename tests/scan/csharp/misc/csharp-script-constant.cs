        var result = await CSharpScript.EvaluateAsync<int>("1 + 2");   // ok: CWE-95
