import { useEffect, useState } from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export default function MarkdownPreview({ initial = '' }) {
  const [text, setText] = useState(initial);
  const [html, setHtml] = useState('');

  useEffect(() => {
    const id = setTimeout(() => setHtml(DOMPurify.sanitize(marked.parse(text))), 150);
    return () => clearTimeout(id);
  }, [text]);

  return (
    <div className="editor">
      <textarea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={12}
      />
      <div
        className="preview"
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} // ok: CWE-79
      />
    </div>
  );
}
