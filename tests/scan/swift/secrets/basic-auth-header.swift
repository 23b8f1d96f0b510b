    request.setValue("Basic YWRtaW46aHVudGVyMg==", forHTTPHeaderField: "Authorization") // expect: CWE-798
