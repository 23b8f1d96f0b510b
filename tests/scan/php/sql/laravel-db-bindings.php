<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function sales(Request $request)
    {
        $data = $request->validate([
            'from' => 'required|date',
            'to' => 'required|date',
            'region' => 'required|string|max:32',
        ]);

        $rows = DB::select('SELECT region, SUM(total) AS total FROM sales
                            WHERE created_at BETWEEN ? AND ?
                            AND region = ? GROUP BY region', [$data['from'], $data['to'], $data['region']]);   // ok: CWE-89

        return view('reports.sales', ['rows' => $rows]);
    }
}
