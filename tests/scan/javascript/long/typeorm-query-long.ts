import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('reports')
export class ReportsController {
  constructor(private readonly ds: DataSource) {}

  @Get('revenue')
  async revenue(@Query('from') from: string, @Query('to') to: string, @Query('region') region?: string) {
    let sql = `SELECT date_trunc('day', created_at) AS day, sum(total) AS revenue
               FROM orders WHERE created_at BETWEEN '${from}' AND '${to}'`; // expect: CWE-89
    if (region) {
      sql += ` AND region = '${region}'`; // expect: CWE-89
    }
    sql += ' GROUP BY 1 ORDER BY 1';
    return this.ds.query(sql);
  }

  @Get('regions')
  async regions() {
    return this.ds.query('SELECT DISTINCT region FROM orders ORDER BY 1'); // ok: CWE-89
  }
}
