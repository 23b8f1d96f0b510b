<?php
public function preview(Request $request)
{
    $html = file_get_contents($request->input('link'));           // expect: CWE-918
    return response()->json(['length' => strlen($html)]);
}
