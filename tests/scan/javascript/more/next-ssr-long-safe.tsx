import type { GetServerSideProps } from 'next';
import { Pool } from 'pg';
import sanitizeHtml from 'sanitize-html';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

type Props = { product: { id: string; name: string; description: string } | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const slug = String(query.slug ?? '');
  const { rows } = await pool.query('SELECT id, name, description FROM products WHERE slug = $1', [slug]); // ok: CWE-89
  return { props: { product: rows[0] ?? null } };
};

export default function ProductPage({ product }: Props) {
  if (!product) return <p>Not found</p>;
  return (
    <main>
      <h1>{product.name}</h1>
      <section dangerouslySetInnerHTML={{ __html: sanitizeHtml(product.description) }} /> {/* ok: CWE-79 */}
    </main>
  );
}
