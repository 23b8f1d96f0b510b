<?php
return response('<h1>' . e($request->input('name')) . '</h1>');    // ok: CWE-79
