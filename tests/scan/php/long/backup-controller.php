<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;

class BackupController extends Controller
{
    public function store(Request $request)
    {
        $this->authorize('manage-backups');
        $database = $request->input('database', config('database.connections.mysql.database'));
        $file = storage_path('backups/' . date('Ymd_His') . '.sql.gz');

        $cmd = sprintf(
            'mysqldump -u%s -p%s %s | gzip > %s',
            config('database.connections.mysql.username'),
            config('database.connections.mysql.password'),
            $database,
            $file
        );
        exec($cmd, $output, $status);                             // expect: CWE-78

        if ($status !== 0) {
            return back()->withErrors(['backup' => 'Backup failed']);
        }
        return back()->with('status', 'Backup written to ' . basename($file));
    }
}
