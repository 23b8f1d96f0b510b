// config.ts - application settings
export const config = {
  port: Number(process.env.PORT ?? 8080),
  db: {
    host: process.env.DB_HOST ?? 'localhost',
    port: 5432,
    user: 'svc_orders',
    password: 'Orders#2023!prod', // expect: CWE-798
    database: 'orders',
  },
  redis: {
    url: process.env.REDIS_URL ?? 'redis://localhost:6379',
  },
  mail: {
    from: 'noreply@acme.example',
    apiKey: 'SG.x7Yq3Lp0QmR8sT2vW9zA.bC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW2xY', // expect: CWE-798
  },
  features: {
    newCheckout: process.env.NEW_CHECKOUT === '1',
    maxCartItems: 50,
  },
  cors: {
    origins: ['https://shop.acme.example'],
  },
};

export type Config = typeof config;
