<?php
public function index(Request $request)
{
    $q = $request->get('q');
    $products = Product::whereRaw("name LIKE '%" . $q . "%'")->paginate(20);   // expect: CWE-89
    return view('products.index', compact('products'));
}
