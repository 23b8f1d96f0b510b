import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('reports')
export class ReportsController {
  constructor(private readonly ds: DataSource) {}

  @Get('revenue')
  async revenue(@Query('from') from: string, @Query('to') to: string, @Query('region') region?: string) {
    const params: unknown[] = [from, to];
    let sql = `SELECT date_trunc('day', created_at) AS day, sum(total) AS revenue
               FROM orders WHERE created_at BETWEEN $1 AND $2`; // ok: CWE-89
    if (region) {
      params.push(region);
      sql += ` AND region = $${params.length}`; // ok: CWE-89
    }
    sql += ' GROUP BY 1 ORDER BY 1';
    return this.ds.query(sql, params);
  }

  @Get('regions')
  async regions() {
    return this.ds.query('SELECT DISTINCT region FROM orders ORDER BY 1'); // ok: CWE-89
  }
}
