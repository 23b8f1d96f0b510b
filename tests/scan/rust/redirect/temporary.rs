    Redirect::temporary(&params.return_to) // expect: CWE-601
