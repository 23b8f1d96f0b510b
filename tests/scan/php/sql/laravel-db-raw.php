<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function sales(Request $request)
    {
        $from = $request->input('from');
        $to = $request->input('to');
        $region = $request->input('region');

        $rows = DB::select(                                       // expect: CWE-89
                            "SELECT region, SUM(total) AS total FROM sales
                            WHERE created_at BETWEEN '$from' AND '$to'
                            AND region = '$region' GROUP BY region");

        return view('reports.sales', ['rows' => $rows]);
    }
}
