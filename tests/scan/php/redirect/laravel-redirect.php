<?php
public function afterLogin(Request $request)
{
    return redirect($request->query('redirect'));                 // expect: CWE-601
}
