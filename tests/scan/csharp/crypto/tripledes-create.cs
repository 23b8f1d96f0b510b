        using (var alg = TripleDES.Create())   // expect: CWE-327
        {
            alg.Key = _key;
            return alg.CreateDecryptor().TransformFinalBlock(blob, 0, blob.Length);
        }
