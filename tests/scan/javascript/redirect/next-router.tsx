'use client';
import { useRouter, useSearchParams } from 'next/navigation';

export function AfterLogin() {
  const router = useRouter();
  const params = useSearchParams();
  router.push('/home'); // ok: CWE-601
  return <p>Welcome back{params.get('name') ? `, ${params.get('name')}` : ''}</p>;
}
