    req.SetHeader("Authorization", "Bearer ghp_8fJ2kLm9QwErTy7UiOp3AsDfGh1JkLzXcVbN");   // expect: CWE-798
