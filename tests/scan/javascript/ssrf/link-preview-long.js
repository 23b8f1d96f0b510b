const express = require('express');
const got = require('got');
const cheerio = require('cheerio');

const app = express();
app.use(express.json());

app.post('/api/preview', async (req, res) => {
  const { link } = req.body;
  if (!link || !/^https?:\/\//.test(link)) {
    return res.status(400).json({ error: 'invalid link' });
  }
  try {
    const html = await got(link, { timeout: { request: 4000 } }).text(); // expect: CWE-918
    const $ = cheerio.load(html);
    res.json({
      title: $('meta[property="og:title"]').attr('content') || $('title').text(),
      image: $('meta[property="og:image"]').attr('content') || null,
      description: $('meta[name="description"]').attr('content') || '',
    });
  } catch (e) {
    res.status(502).json({ error: 'could not fetch' });
  }
});

app.listen(4000);
