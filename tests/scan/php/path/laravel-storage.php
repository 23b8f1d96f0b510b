<?php
public function show(Request $request)
{
    $path = storage_path('app/invoices/' . $request->query('file'));
    return response()->file($path);                               // expect: CWE-22
}
