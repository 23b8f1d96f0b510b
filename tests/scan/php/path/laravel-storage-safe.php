<?php
public function show(Request $request, Invoice $invoice)
{
    $this->authorize('view', $invoice);
    $path = storage_path('app/invoices/' . $invoice->id . '.pdf');
    return response()->file($path);                               // ok: CWE-22
}
