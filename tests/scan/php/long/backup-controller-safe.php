<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;
use Symfony\Component\Process\Process;

class BackupController extends Controller
{
    public function store(Request $request)
    {
        $this->authorize('manage-backups');
        $database = config('database.connections.mysql.database');
        $file = storage_path('backups/' . date('Ymd_His') . '.sql');

        $process = new Process([                                  // ok: CWE-78
            'mysqldump',
            '-u' . config('database.connections.mysql.username'),
            '--result-file=' . $file,
            $database,
        ], null, ['MYSQL_PWD' => config('database.connections.mysql.password')]);
        $process->run();

        if (!$process->isSuccessful()) {
            return back()->withErrors(['backup' => 'Backup failed']);
        }
        return back()->with('status', 'Backup written to ' . basename($file));
    }
}
