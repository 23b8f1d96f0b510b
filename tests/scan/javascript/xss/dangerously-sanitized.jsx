import DOMPurify from 'isomorphic-dompurify';
export default function Post({ post }) {
  return (
    <article>
      <h2>{post.title}</h2>
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.bodyHtml) }} /> {/* ok: CWE-79 */}
    </article>
  );
}
