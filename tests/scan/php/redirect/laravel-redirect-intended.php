<?php
public function afterLogin(Request $request)
{
    return redirect()->intended('/dashboard');                    // ok: CWE-601
}
