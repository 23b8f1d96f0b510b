        var result = await CSharpScript.EvaluateAsync<double>(formula);   // expect: CWE-95
