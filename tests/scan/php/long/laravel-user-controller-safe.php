<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\Request;

class UserSearchController extends Controller
{
    public function __invoke(Request $request)
    {
        $term = $request->query('term', '');
        $role = $request->query('role');

        $users = User::query()
            ->select(['id', 'name', 'email'])
            ->where('name', 'like', '%' . $term . '%')            // ok: CWE-89
            ->when($role, fn ($q) => $q->where('role', $role))
            ->limit(50)
            ->get();

        return response()->json([
            'data' => $users,
            'count' => $users->count(),
        ]);
    }
}
