<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class OfficeOnly
{
    private array $office = ['198.51.100.7', '198.51.100.8'];

    public function handle(Request $request, Closure $next)
    {
        $forwarded = $request->header('X-Forwarded-For');
        $ip = $forwarded ? trim(explode(',', $forwarded)[0]) : $request->ip();
        if (!in_array($ip, $this->office, true)) {                 // expect: CWE-348
            abort(403);
        }
        return $next($request);
    }
}
