<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class OfficeOnly
{
    public function handle(Request $request, Closure $next)
    {
        // authentication by signed token; the IP is only logged
        if (!$request->user() || !$request->user()->can('view-office')) {   // ok: CWE-348
            abort(403);
        }
        logger()->info('office access', ['ip' => $request->ip()]);
        return $next($request);
    }
}
