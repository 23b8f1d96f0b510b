// config.ts - application settings
const required = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`missing ${name}`);
  return v;
};

export const config = {
  port: Number(process.env.PORT ?? 8080),
  db: {
    host: process.env.DB_HOST ?? 'localhost',
    port: 5432,
    user: 'svc_orders',
    password: required('DB_PASSWORD'), // ok: CWE-798
    database: 'orders',
  },
  mail: {
    from: 'noreply@acme.example',
    apiKey: required('SENDGRID_API_KEY'), // ok: CWE-798
  },
  features: {
    newCheckout: process.env.NEW_CHECKOUT === '1',
    maxCartItems: 50,
  },
};

export type Config = typeof config;
