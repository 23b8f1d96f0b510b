import { useState } from 'react';

export function LoginForm({ onSubmit }) {
  const [form, setForm] = useState({ email: '', password: '' }); // ok: CWE-798
  const update = (e) => setForm({ ...form, [e.target.name]: e.target.value });
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(form); }}>
      <input name="email" value={form.email} onChange={update} />
      <input name="password" type="password" value={form.password} onChange={update} />
    </form>
  );
}
