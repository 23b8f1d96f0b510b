<?php
Route::get('/hello', function (Request $request) {
    return '<h1>Hello ' . e($request->query('name')) . '</h1>';   // ok: CWE-79
});
