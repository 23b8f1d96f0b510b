    _wsystem((L"net use Z: \\\\fs01\\" + share).c_str());           // expect: CWE-78
