// app/api/export/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { auth } from '@/lib/auth';

const run = promisify(execFile);
const TABLES = new Set(['orders', 'customers']);
const FORMATS = new Set(['csv', 'json']);

export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const { table, format } = await req.json();
  if (!TABLES.has(table) || !FORMATS.has(format)) {
    return NextResponse.json({ error: 'bad request' }, { status: 400 });
  }
  const file = `/srv/exports/${session.user.id}-${Date.now()}.${format}`;
  try {
    await run('pg-export', ['--table', table, '--format', format, '--out', file]); // ok: CWE-78
  } catch (e) {
    return NextResponse.json({ error: 'export failed' }, { status: 500 });
  }
  return NextResponse.json({ file });
}
