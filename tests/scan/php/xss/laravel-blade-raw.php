<?php
// resources/views/profile.blade.php compiled excerpt
return response('<h1>' . $request->input('name') . '</h1>');       // expect: CWE-79
