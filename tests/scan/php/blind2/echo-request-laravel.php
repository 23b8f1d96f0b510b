<?php
Route::get('/hello', function (Request $request) {
    return '<h1>Hello ' . $request->query('name') . '</h1>';      // expect: CWE-79
});
