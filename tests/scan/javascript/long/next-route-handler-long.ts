// app/api/export/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { exec } from 'child_process';
import { promisify } from 'util';
import { auth } from '@/lib/auth';

const run = promisify(exec);

export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const { table, format } = await req.json();
  const file = `/srv/exports/${session.user.id}-${Date.now()}.${format}`;
  try {
    await run(`pg-export --table ${table} --format ${format} --out ${file}`); // expect: CWE-78
  } catch (e) {
    return NextResponse.json({ error: 'export failed' }, { status: 500 });
  }
  return NextResponse.json({ file });
}

export async function GET() {
  return NextResponse.json({ formats: ['csv', 'json'] });
}
