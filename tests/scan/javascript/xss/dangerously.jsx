export default function Post({ post }) {
  return (
    <article>
      <h2>{post.title}</h2>
      <div dangerouslySetInnerHTML={{ __html: post.bodyHtml }} /> {/* expect: CWE-79 */}
    </article>
  );
}
