<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class UserSearchController extends Controller
{
    public function __invoke(Request $request)
    {
        $term = $request->query('term', '');
        $role = $request->query('role');

        $query = "SELECT id, name, email FROM users WHERE name LIKE '%{$term}%'";
        if ($role) {
            $query .= " AND role = '{$role}'";
        }

        $users = DB::select($query);                              // expect: CWE-89

        return response()->json([
            'data' => $users,
            'count' => count($users),
        ]);
    }
}
