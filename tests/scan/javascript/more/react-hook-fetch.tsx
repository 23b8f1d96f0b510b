import { useEffect, useState } from 'react';

export function useProfile(id: string) {
  const [html, setHtml] = useState('');
  useEffect(() => {
    fetch(`/api/profiles/${id}`)
      .then((r) => r.json())
      .then((p) => {
        document.getElementById('bio')!.innerHTML = p.bio; // expect: CWE-79
        setHtml(p.bio);
      });
  }, [id]);
  return html;
}
